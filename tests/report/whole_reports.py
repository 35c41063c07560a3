"""The renderers as they were before streaming: each report built whole, as one string.

This is the oracle for ``test_chunks.py``: the chunk generators must give these exact
bytes. The per-file and per-finding pieces are imported from the renderers (they did not
change); what is kept here is how the old code assembled them: one JSON tree laid out at
once, one ``json.dumps(indent=2)`` of the whole SARIF and GitLab documents, one
ElementTree indented with ``ET.indent``, one rich console for the whole text report.
"""

from __future__ import annotations

import csv
import json
from io import StringIO
from xml.etree import ElementTree as ET

from rich.console import Console
from rich.text import Text

from freshcheck.model import Finding, ScanResult
from freshcheck.report import (
    csv_report,
    gitlab,
    html_charts,
    html_report,
    json_report,
    junit,
    markdown,
    sarif,
    text,
)
from freshcheck.report.baseline import occurrence_fingerprints
from freshcheck.report.html_headline import drift_headline
from freshcheck.report.inert import inert_result
from freshcheck.report.options import ReportOptions
from freshcheck.report.rule_docs import RULE_DOCS, rule_doc
from freshcheck.report.summary import (
    STATUS_LABELS,
    STATUS_ORDER,
    grouped,
    iso,
    needs_attention,
    repo_path,
    summarize,
    summary_line,
)
from freshcheck.text.spreadsheet import neutralise


def whole_json(result: ScanResult, options: ReportOptions) -> str:
    summary = summarize(result, options)
    document = {
        "schema": json_report.REPORT_SCHEMA_ID,
        "tool": {"name": "freshcheck", "version": result.tool_version},
        "as_of": result.as_of.isoformat(),
        "roots": list(result.roots),
        "summary": {
            "files": summary.files,
            "findings": summary.findings,
            "by_status": summary.by_status,
            "by_rule": summary.by_rule,
            "suppressed": summary.suppressed,
            "baselined": summary.baselined,
        },
        "files": [json_report._file_json(file) for file in result.files],
    }
    return json_report._layout(document, "") + "\n"


def whole_sarif(result: ScanResult, options: ReportOptions) -> str:
    rules = list(RULE_DOCS)
    known = {doc.id for doc in rules}
    for finding in result.findings:
        if finding.rule not in known:
            rules.append(rule_doc(finding.rule))
            known.add(finding.rule)
    index = {doc.id: position for position, doc in enumerate(rules)}
    results: list[dict[str, object]] = []
    for file in result.files:
        uri = repo_path(result, options, file.path)
        for finding, value in zip(file.findings, occurrence_fingerprints(file), strict=True):
            results.append(sarif._result(file, uri, finding, value, index[finding.rule]))
    run: dict[str, object] = {
        "tool": {"driver": sarif.driver(result, options, rules)},
        "automationDetails": {"id": sarif.automation_id(result, options)},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"asOf": result.as_of.isoformat(), "policyDigest": result.policy_digest},
    }
    document = {"$schema": sarif.SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def whole_junit(result: ScanResult, options: ReportOptions) -> str:
    suite = ET.Element("testsuite", name="freshcheck")
    failed = errored = 0
    for file in result.files:
        case, has_failure, has_error = junit._testcase(file, options.fail_on)
        suite.append(case)
        failed += has_failure
        errored += has_error
    suite.set("tests", str(len(result.files)))
    suite.set("failures", str(failed))
    suite.set("errors", str(errored))
    suite.set("skipped", "0")
    suite.set("time", "0")
    root = ET.Element("testsuites", name="freshcheck")
    for name in ("tests", "failures", "errors"):
        root.set(name, suite.get(name, "0"))
    root.append(suite)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def whole_csv(result: ScanResult, options: ReportOptions) -> str:
    stream = StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(csv_report.COLUMNS)
    for file in result.files:
        findings: tuple[Finding | None, ...] = file.findings or (None,)
        for finding in findings:
            writer.writerow([neutralise(cell) for cell in csv_report._row(file, finding)])
    return stream.getvalue()


def whole_gitlab(result: ScanResult, options: ReportOptions) -> str:
    issues: list[dict[str, object]] = []
    for file in result.files:
        path = repo_path(result, options, file.path)
        for finding, value in zip(file.findings, occurrence_fingerprints(file), strict=True):
            issues.append(gitlab._issue(file, path, finding, value))
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def whole_text(result: ScanResult, options: ReportOptions) -> str:
    result = inert_result(result)
    stream = StringIO()
    console = Console(
        file=stream,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    summary = summarize(result, options)
    if not options.quiet:
        attention = tuple(file for file in result.files if needs_attention(file))
        for key, files in grouped(attention, options.group_by):
            if key is not None and options.group_by is not None:
                title = text.GROUP_TITLES[options.group_by]
                label = STATUS_LABELS.get(key, key) if options.group_by == "status" else key
                count = f"{len(files)} file{'' if len(files) == 1 else 's'}"
                console.rule(Text(f"{title}: {label} ({count})", style="bold"), align="left")
            for file in files:
                # Always through rich, as before: the reference for text.py's plain path.
                out = text._file_text(file, show_owner=options.group_by != "owner")
                console.print(out, soft_wrap=True)
                console.print()
    text._print_summary(console, result, summary)
    return "".join(line.rstrip() + "\n" for line in stream.getvalue().splitlines())


def whole_markdown(result: ScanResult, options: ReportOptions) -> str:
    result = inert_result(result)
    summary = summarize(result, options)
    out = [f"## freshcheck report · as of {result.as_of.isoformat()}", ""]
    out += ["| Files | Overdue | Due soon | Unreadable | Fresh | Findings |"]
    out += ["| ---: | ---: | ---: | ---: | ---: | ---: |"]
    counts = summary.by_status
    out += [
        f"| {summary.files} | {counts['overdue']} | {counts['due-soon']} | "
        f"{counts['error']} | {counts['fresh']} | {summary.findings} |",
        "",
        markdown.md_text(summary_line(summary)),
        "",
    ]
    out += _markdown_review_table(result)
    with_findings = tuple(file for file in result.files if file.findings)
    if not with_findings:
        out += ["No findings."]
    else:
        out += ["### Findings", ""]
        for key, files in grouped(with_findings, options.group_by):
            if key is not None and options.group_by is not None:
                label = STATUS_LABELS.get(key, key) if options.group_by == "status" else key
                title = markdown.GROUP_TITLES[options.group_by]
                out += [f"#### {title}: {markdown.md_text(label)}", ""]
            for file in files:
                out += markdown._file_details(file)
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown_review_table(result: ScanResult) -> list[str]:
    due = [file for file in result.files if file.status in ("overdue", "due-soon", "error")]
    if not due:
        return ["No files are overdue, due soon or unreadable.", ""]
    due.sort(key=lambda file: (STATUS_ORDER.index(file.status), iso(file.due) or "", file.path))
    out = ["### Review due", "", "| File | Status | Due | Last updated | Owner |"]
    out.append("| --- | --- | --- | --- | --- |")
    for file in due:
        status = f"{markdown.STATUS_ICONS[file.status]} {STATUS_LABELS[file.status]}"
        updated = iso(file.last_updated) or "—"
        if file.source and file.last_updated:
            updated += f" ({file.source})"
        owner = markdown.md_text(file.owner) if file.owner else "—"
        due_text = iso(file.due) or "—"
        path = markdown.md_code(file.path)
        out.append(f"| {path} | {status} | {due_text} | {updated} | {owner} |")
    return [*out, ""]


def whole_html(result: ScanResult, options: ReportOptions) -> str:
    result = inert_result(result)
    summary = summarize(result, options)
    views = [html_report._file_view(number, file) for number, file in enumerate(result.files, 1)]
    template = html_report._environment().get_template(html_report.TEMPLATE)
    return template.render(
        result=result,
        summary=summary,
        summary_text=summary_line(summary),
        status_labels=STATUS_LABELS,
        status_order=STATUS_ORDER,
        files=views,
        roots=html_report._roots(result, options),
        headline=drift_headline(result.files),
        detail_groups=(
            [(None, [view for view in views if view.has_details])]
            if options.group_by is None
            else html_report._detail_groups(result, options)
        ),
        top_level=html_report.TOP_LEVEL,
        charts={
            "Status by folder": html_charts.status_by(result, "folder"),
            "Status by owner": html_charts.status_by(result, "owner"),
            "Findings by rule": html_charts.findings_by_rule(result),
            "Age of content (since last update)": html_charts.age_histogram(result),
        },
        fail_on=options.fail_on,
    )
