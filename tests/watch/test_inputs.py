"""The policy's and review records' signature counts as changed only once it has settled."""

from __future__ import annotations

from freshcheck.watch.inputs import InputSignature, SettledInputs

OLD: InputSignature = (("freshcheck.yaml", 60, 1),)
EMPTY: InputSignature = (("freshcheck.yaml", 0, 2),)
NEW: InputSignature = (("freshcheck.yaml", 80, 3),)


class Looks:
    """What each look at the inputs sees, in turn (the last one from then on)."""

    def __init__(self, *seen: InputSignature) -> None:
        self._seen = list(seen)

    def __call__(self) -> InputSignature:
        return self._seen.pop(0) if len(self._seen) > 1 else self._seen[0]


def test_a_change_counts_once_it_has_been_quiet() -> None:
    inputs = SettledInputs(Looks(OLD, NEW), quiet=2.0)
    assert not inputs.changed(10.0)  # new: its quiet period starts
    assert not inputs.changed(11.0)
    assert inputs.changed(12.0)
    assert not inputs.changed(13.0)  # acted on: no change any more


def test_a_truncate_then_write_is_never_acted_on_while_empty() -> None:
    inputs = SettledInputs(Looks(OLD, EMPTY, EMPTY, NEW), quiet=2.0)
    assert not inputs.changed(10.0)  # empty
    assert not inputs.changed(11.0)  # still empty, but not for the quiet period
    assert not inputs.changed(12.0)  # written: another quiet period
    assert not inputs.changed(13.0)
    assert inputs.changed(14.0)


def test_two_looks_agree_even_with_a_short_quiet_period() -> None:
    inputs = SettledInputs(Looks(OLD, EMPTY, NEW), quiet=0.2)
    assert not inputs.changed(10.0)  # the look landed between truncate and write
    assert not inputs.changed(11.0)
    assert inputs.changed(12.0)


def test_an_edit_undone_before_it_settled_is_no_change() -> None:
    inputs = SettledInputs(Looks(OLD, NEW, OLD), quiet=2.0)
    assert not inputs.changed(10.0)
    assert not inputs.changed(11.0)
    assert not inputs.changed(14.0)
