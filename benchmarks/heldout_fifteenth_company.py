"""A blind held-out library for the matcher (issue 19): Dunmore, school learning and assessment.

    .venv/bin/python benchmarks/heldout_fifteenth_company.py --out /tmp/fc-dunmore [--misses]

A fifteenth fictional company, generated like the ninth (``heldout_ninth_company``, Meridel,
whose writer and policy helpers it uses) with the shared writers (``heldout_files``) and
command line (``company_check``). It is a blind held-out library for issue 19, written
before any of its results were seen: its sentences were written from SPEC §4 alone, while
the matcher was being tuned by someone else, without reading the matcher, its notes or its
tests, and with other products, figures and wordings than the earlier companies.

Dunmore sells school software: essay and coursework marking (Dunmore Grade), online tests
and exams (Dunmore Assess), homework and coursework delivery (Dunmore Learn), attendance
and parent alerts (Dunmore Attend) and progress reporting (Dunmore Insight). Each topic has
a current approved message, its superseded text(s), labelled positives (verbatim, a table
row, a "Label: value" line, a question with its answer, the old fact in words, rewordings
and synonyms that keep the subject, a possessive, a bullet, a claim inside a longer
sentence, a wrapped line, a presenter's note, a retired product name) and look-alike
negatives (the current fact in another format or wording, an analyst's, survey's,
regulator's, exam board's, competitor's or one customer's figure, a quote, a case-study
heading, the same number for another metric, a share rather than a change, the length of a
video, a course or a webinar, events, community and newsletter counts, job postings,
partner programme figures, prices of other items), placed in every format: slide text,
tables and speaker notes; Word paragraphs, tables and comments; PDF; Markdown; HTML; plain
text.

It is a measure, not a tuning set: do not change the matcher after reading its misses.
"""

from __future__ import annotations

from heldout_ninth_company import Case, Subject, run_subjects, with_more

S = Subject
FIRST = (
    S(
        "marking-time",
        "Dunmore Grade cuts teachers' marking time by 40%.",
        ("Dunmore Grade cuts teachers' marking time by 25%.",),
        (
            ("verbatim", "Dunmore Grade cuts teachers' marking time by 25%.", "T"),
            ("label-value", "Marking time saved with Dunmore Grade | 25%", "R"),
            ("in-words", "Dunmore Grade cuts teachers' marking time by a quarter.", "T"),
            (
                "reworded",
                "Teachers who switch to Dunmore Grade spend 25% less time marking.",
                "T",
            ),
            (
                "possessive",
                "Dunmore Grade's 25% reduction in teachers' marking time is the headline "
                "for heads of department.",
                "T",
            ),
            (
                "notes",
                "Remind them that Dunmore Grade trims marking time by twenty-five percent.",
                "S",
            ),
            ("retired-product", "MarkWell cuts teachers' marking time by 40%.", "T"),
            (
                "q-and-a",
                "Q: How much marking time does Dunmore Grade save?\nA: 25% on average.",
                "Q",
            ),
            (
                "wrapped",
                "With Dunmore Grade, teachers' marking time drops by\n25% in the first term.",
                "W",
            ),
        ),
        (
            ("current-words", "Dunmore Grade cuts teachers' marking time by forty percent.", "T"),
            ("current-fraction", "Dunmore Grade takes two fifths off teachers' marking time.", "T"),
            (
                "survey",
                "A 2025 teachers' union survey found that marking takes up 25% of a "
                "teacher's working week.",
                "T",
            ),
            ("competitor", "Gradewise says its tool cuts marking time by 25%.", "T"),
            (
                "customer",
                "Harrow Vale Academy reported a 25% cut in marking time in its first term "
                "on Dunmore Grade.",
                "T",
            ),
            (
                "other-way",
                "Marking time rose by 25% nationally after the new coursework rules, the "
                "schools inspectorate reported.",
                "T",
            ),
            ("current-row", "Marking time saved with Dunmore Grade | 40%", "R"),
            (
                "job-posting",
                "We are hiring 25 customer success managers for Dunmore Grade this year.",
                "T",
            ),
        ),
    ),
    S(
        "feedback-turnaround",
        "With Dunmore Grade, students get feedback on essays within 24 hours.",
        ("With Dunmore Grade, students get feedback on essays within 72 hours.",),
        (
            (
                "verbatim",
                "With Dunmore Grade, students get feedback on essays within 72 hours.",
                "T",
            ),
            (
                "in-words",
                "With Dunmore Grade, students get feedback on essays within three days.",
                "T",
            ),
            ("label-line", "Essay feedback turnaround on Dunmore Grade: 72 hours", "T"),
            ("reworded", "Dunmore Grade returns essay feedback to students in 72 hours.", "T"),
            (
                "q-and-a",
                "Q: How quickly do students hear back on essays with Dunmore Grade?\n"
                "A: Within 72 hours.",
                "Q",
            ),
            (
                "notes",
                "Tell the deputy head that essay feedback comes back inside three days on "
                "Dunmore Grade.",
                "S",
            ),
            (
                "retired-product",
                "With MarkWell, students get feedback on essays within 24 hours.",
                "T",
            ),
            (
                "wrapped",
                "Students on Dunmore Grade receive feedback on their essays\nwithin 72 hours "
                "of handing them in.",
                "W",
            ),
            (
                "mixed",
                "Because Dunmore Grade gets essay feedback to students within 72 hours, "
                "revision starts while the topic is still fresh.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "With Dunmore Grade, students get feedback on essays within a day.",
                "T",
            ),
            ("current-format", "Essay feedback turnaround on Dunmore Grade: 24 hrs", "T"),
            (
                "other-duration",
                "Deleted essays stay in the Dunmore Grade recycle bin for 72 hours.",
                "T",
            ),
            (
                "regulator",
                "The exam board gives schools 72 hours to submit coursework marks after "
                "moderation.",
                "T",
            ),
            (
                "research",
                "The Learning Evidence Institute recommends that feedback reaches students "
                "within 72 hours of submission.",
                "T",
            ),
            ("training-length", "The Dunmore Grade teacher training course lasts three days.", "T"),
            ("competitor", "Essayly promises feedback on essays within 72 hours.", "T"),
        ),
    ),
    S(
        "rubric-library",
        "Dunmore Grade ships with more than 1,200 ready-made rubrics.",
        ("Dunmore Grade ships with more than 800 ready-made rubrics.",),
        (
            ("verbatim", "Dunmore Grade ships with more than 800 ready-made rubrics.", "T"),
            ("label-value", "Ready-made rubrics in Dunmore Grade | 800+", "R"),
            ("reworded", "Dunmore Grade comes with over 800 ready-made marking rubrics.", "T"),
            (
                "in-words",
                "Dunmore Grade ships with more than eight hundred ready-made rubrics.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How many rubrics come built into Dunmore Grade?\nA: More than 800.",
                "Q",
            ),
            ("bullet", "- 800+ ready-made rubrics included in Dunmore Grade", "T"),
            ("retired-product", "MarkWell ships with more than 1,200 ready-made rubrics.", "T"),
            (
                "notes",
                "Point out the library of over 800 ready-made rubrics in Dunmore Grade.",
                "S",
            ),
        ),
        (
            ("current-format", "Dunmore Grade ships with 1,200+ ready-made rubrics.", "T"),
            (
                "current-words",
                "Dunmore Grade ships with more than twelve hundred ready-made rubrics.",
                "T",
            ),
            (
                "community",
                "Teachers have shared 800 of their own rubrics in the Dunmore community forum.",
                "T",
            ),
            ("competitor", "Rubrica advertises more than 800 ready-made rubrics.", "T"),
            (
                "newsletter",
                "Our rubric-of-the-week newsletter goes to 800 heads of department.",
                "T",
            ),
            ("current-row", "Ready-made rubrics in Dunmore Grade | 1,200+", "R"),
        ),
    ),
    S(
        "question-bank",
        "Dunmore Assess includes a bank of 60,000 curriculum-aligned questions.",
        ("Dunmore Assess includes a bank of 40,000 curriculum-aligned questions.",),
        (
            (
                "verbatim",
                "Dunmore Assess includes a bank of 40,000 curriculum-aligned questions.",
                "T",
            ),
            ("label-value", "Curriculum-aligned questions in Dunmore Assess | 40,000", "R"),
            (
                "in-words",
                "Dunmore Assess includes a bank of forty thousand curriculum-aligned questions.",
                "T",
            ),
            (
                "shorthand",
                "Dunmore Assess includes a bank of 40k curriculum-aligned questions.",
                "T",
            ),
            (
                "reworded",
                "Teachers can draw on 40,000 curriculum-aligned questions in Dunmore Assess.",
                "T",
            ),
            (
                "label-line",
                "Dunmore Assess question bank: 40,000 curriculum-aligned questions",
                "T",
            ),
            (
                "retired-product",
                "TestBay includes a bank of 60,000 curriculum-aligned questions.",
                "T",
            ),
            (
                "wrapped",
                "Dunmore Assess includes a bank of 40,000 curriculum-aligned\nquestions for "
                "every key stage.",
                "W",
            ),
            (
                "notes",
                "Mention the 40,000-question curriculum-aligned bank in Dunmore Assess.",
                "S",
            ),
        ),
        (
            (
                "current-format",
                "Dunmore Assess includes a bank of 60k curriculum-aligned questions.",
                "T",
            ),
            (
                "current-words",
                "Dunmore Assess includes a bank of sixty thousand curriculum-aligned questions.",
                "T",
            ),
            (
                "other-metric",
                "Students submit 40,000 answers an hour through Dunmore Assess at peak.",
                "T",
            ),
            ("competitor", "Quizdeck's question bank holds 40,000 items.", "T"),
            (
                "regulator",
                "The Qualifications Authority publishes 40,000 past-paper questions free of "
                "charge.",
                "T",
            ),
            ("partner", "Our 40 publishing partners write questions for Dunmore Assess.", "T"),
            ("current-row", "Curriculum-aligned questions in Dunmore Assess | 60,000", "R"),
        ),
    ),
    S(
        "test-setup",
        "Teachers build a test in Dunmore Assess in 10 minutes.",
        ("Teachers build a test in Dunmore Assess in 30 minutes.",),
        (
            ("verbatim", "Teachers build a test in Dunmore Assess in 30 minutes.", "T"),
            ("in-words", "Teachers build a test in Dunmore Assess in half an hour.", "T"),
            ("reworded", "Building a test in Dunmore Assess takes a teacher 30 minutes.", "T"),
            ("label-line", "Time to build a test in Dunmore Assess: 30 min", "T"),
            (
                "q-and-a",
                "Q: How long does it take to set up a test in Dunmore Assess?\n"
                "A: About 30 minutes.",
                "Q",
            ),
            ("retired-product", "Teachers build a test in TestBay in 10 minutes.", "T"),
            (
                "notes",
                "A teacher can put a test together in Dunmore Assess in thirty minutes.",
                "S",
            ),
            ("label-value", "Time to build a test | 30 minutes", "R"),
        ),
        (
            ("current-words", "Teachers build a test in Dunmore Assess in ten minutes.", "T"),
            ("video-length", "The Dunmore Assess introductory video is 30 minutes long.", "T"),
            (
                "other-metric",
                "A typical Dunmore Assess end-of-unit test lasts 30 minutes for students.",
                "T",
            ),
            (
                "survey",
                "Writing a paper test by hand takes a teacher 30 minutes, a 2024 workload "
                "survey found.",
                "T",
            ),
            (
                "webinar",
                "Our 30-minute webinar walks through building a test in Dunmore Assess.",
                "T",
            ),
            ("current-row", "Time to build a test | 10 minutes", "R"),
        ),
    ),
    S(
        "scoring-accuracy",
        "Dunmore Assess auto-scores short-answer questions with 98% accuracy.",
        ("Dunmore Assess auto-scores short-answer questions with 95% accuracy.",),
        (
            (
                "verbatim",
                "Dunmore Assess auto-scores short-answer questions with 95% accuracy.",
                "T",
            ),
            ("label-value", "Short-answer auto-scoring accuracy | 95%", "R"),
            (
                "reworded",
                "Dunmore Assess marks short answers automatically and gets 95% of them right.",
                "T",
            ),
            (
                "in-words",
                "Dunmore Assess auto-scores short-answer questions with ninety-five percent "
                "accuracy.",
                "T",
            ),
            (
                "other-shape",
                "The auto-scoring in Dunmore Assess is 95% accurate on short-answer questions.",
                "T",
            ),
            (
                "retired-product",
                "TestBay auto-scores short-answer questions with 98% accuracy.",
                "T",
            ),
            (
                "wrapped",
                "Dunmore Assess auto-scores short-answer questions with\n95% accuracy, so "
                "teachers only review the edge cases.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Dunmore Assess auto-scores short-answer questions with ninety-eight percent "
                "accuracy.",
                "T",
            ),
            (
                "current-in-words",
                "Dunmore Assess scores short answers correctly 49 times out of 50.",
                "T",
            ),
            ("other-metric", "95% of Dunmore Assess customers renew each year.", "T"),
            (
                "analyst",
                "Analysts at Brightwell Research put the industry's short-answer scoring "
                "accuracy at 95%.",
                "T",
            ),
            (
                "standards-body",
                "The assessment standards body requires 95% agreement between human markers "
                "on moderated samples.",
                "T",
            ),
            ("current-row", "Short-answer auto-scoring accuracy | 98%", "R"),
        ),
    ),
    S(
        "homework-completion",
        "Schools on Dunmore Learn see homework completion rise by 22%.",
        ("Schools on Dunmore Learn see homework completion rise by 15%.",),
        (
            ("verbatim", "Schools on Dunmore Learn see homework completion rise by 15%.", "T"),
            ("label-value", "Rise in homework completion on Dunmore Learn | 15%", "R"),
            ("reworded", "Dunmore Learn lifts homework completion by 15%.", "T"),
            ("synonym", "Dunmore Learn boosts homework hand-in rates by 15%.", "T"),
            (
                "in-words",
                "Schools on Dunmore Learn see homework completion rise by fifteen percent.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What does Dunmore Learn do for homework completion?\nA: It goes up by 15%.",
                "Q",
            ),
            (
                "retired-product",
                "Schools on ClassHive see homework completion rise by 22%.",
                "T",
            ),
            (
                "notes",
                "Say that homework completion climbs 15% once a school moves onto Dunmore Learn.",
                "S",
            ),
        ),
        (
            (
                "current-words",
                "Dunmore Learn lifts homework completion by twenty-two percent.",
                "T",
            ),
            ("share", "15% of the homework set on Dunmore Learn is a video task.", "T"),
            (
                "other-way",
                "Homework completion nationally falls by 15% in the final week of term, the "
                "Department for Education reports.",
                "T",
            ),
            (
                "customer",
                "St Aldric's School saw homework completion rise by 15% after one term on "
                "Dunmore Learn.",
                "T",
            ),
            ("competitor", "Classboard claims homework completion rises 15% on its platform.", "T"),
            (
                "case-study-heading",
                "Case study: how Fenwick High lifted homework completion by 15%",
                "T",
            ),
            (
                "quote",
                '"Our homework completion went up 15% in a term," says Priya Shah, head of '
                "Year 9 at Fenwick High.",
                "T",
            ),
            ("current-row", "Rise in homework completion on Dunmore Learn | 22%", "R"),
        ),
    ),
    S(
        "offline-access",
        "Dunmore Learn works offline for up to 14 days.",
        ("Dunmore Learn works offline for up to 7 days.",),
        (
            ("verbatim", "Dunmore Learn works offline for up to 7 days.", "T"),
            ("in-words", "Dunmore Learn works offline for up to a week.", "T"),
            ("label-line", "Offline use in Dunmore Learn: up to 7 days", "T"),
            (
                "reworded",
                "Students can use Dunmore Learn without a connection for as long as 7 days.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How long can pupils keep working in Dunmore Learn without internet?\n"
                "A: Up to seven days.",
                "Q",
            ),
            ("retired-product", "ClassHive works offline for up to 14 days.", "T"),
            (
                "wrapped",
                "Pupils without broadband at home can keep using Dunmore Learn offline\nfor "
                "up to 7 days at a time.",
                "W",
            ),
            ("label-value", "Offline access in Dunmore Learn | 7 days", "R"),
        ),
        (
            ("current-words", "Dunmore Learn works offline for up to a fortnight.", "T"),
            ("current-weeks", "Dunmore Learn works offline for up to two weeks.", "T"),
            (
                "other-duration",
                "Dunmore Learn sends pupils a reminder 7 days before an assignment is due.",
                "T",
            ),
            ("trial-length", "A free trial of Dunmore Learn lasts 7 days.", "T"),
            ("competitor", "Padwork lets students work offline for up to 7 days.", "T"),
        ),
    ),
    S(
        "learn-price",
        "Dunmore Learn costs $4 per student per year.",
        ("Dunmore Learn costs $6 per student per year.",),
        (
            ("verbatim", "Dunmore Learn costs $6 per student per year.", "T"),
            ("label-value", "Dunmore Learn, per student per year | $6", "R"),
            ("reworded", "A year of Dunmore Learn is $6 for each student.", "T"),
            ("in-words", "Dunmore Learn costs six dollars per student per year.", "T"),
            ("label-line", "Dunmore Learn price: $6 per student per year", "T"),
            ("q-and-a", "Q: What does Dunmore Learn cost?\nA: $6 per student, per year.", "Q"),
            ("retired-product", "ClassHive costs $4 per student per year.", "T"),
            ("notes", "If asked, Dunmore Learn is six dollars a student a year.", "S"),
        ),
        (
            ("current-words", "Dunmore Learn costs four dollars per student per year.", "T"),
            ("current-format", "Dunmore Learn: US$4.00 per student, per year", "T"),
            ("other-price", "Printed Dunmore Learn workbooks cost $6 each.", "T"),
            (
                "other-item",
                "The Dunmore Learn parent app add-on costs $6 per family per year.",
                "T",
            ),
            ("competitor", "Classboard charges $6 per student per year.", "T"),
            ("current-row", "Dunmore Learn, per student per year | $4", "R"),
        ),
    ),
    S(
        "absence-reduction",
        "Dunmore Attend reduces unexplained absences by 30%.",
        ("Dunmore Attend reduces unexplained absences by 20%.",),
        (
            ("verbatim", "Dunmore Attend reduces unexplained absences by 20%.", "T"),
            ("in-words", "Dunmore Attend reduces unexplained absences by a fifth.", "T"),
            ("label-value", "Drop in unexplained absences with Dunmore Attend | 20%", "R"),
            ("reworded", "Dunmore Attend cuts unexplained absence by 20%.", "T"),
            (
                "other-shape",
                "Schools using Dunmore Attend see 20% fewer unexplained absences.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What impact does Dunmore Attend have on unexplained absences?\n"
                "A: They fall by 20%.",
                "Q",
            ),
            ("retired-product", "RegiStar reduces unexplained absences by 30%.", "T"),
            ("bullet", "• 20% fewer unexplained absences with Dunmore Attend", "T"),
            (
                "mixed",
                "Heads like Dunmore Attend because it reduces unexplained absences by 20% and "
                "gives the attendance officer one list to work from.",
                "T",
            ),
        ),
        (
            (
                "current-words",
                "Dunmore Attend reduces unexplained absences by thirty percent.",
                "T",
            ),
            ("current-format", "Dunmore Attend reduces unexplained absences by 30 per cent.", "T"),
            (
                "regulator",
                "The Department for Education wants persistent absence down by 20% by 2028.",
                "T",
            ),
            (
                "share",
                "20% of the absences recorded in Dunmore Attend are for medical appointments.",
                "T",
            ),
            (
                "customer",
                "Kingsmere Primary cut unexplained absences by 20% in its first year with "
                "Dunmore Attend.",
                "T",
            ),
            ("headcount", "Dunmore's attendance team grew by 20% this year.", "T"),
            ("current-row", "Drop in unexplained absences with Dunmore Attend | 30%", "R"),
        ),
    ),
    S(
        "parent-alerts",
        "Dunmore Attend alerts parents to an absence within 15 minutes of registration.",
        ("Dunmore Attend alerts parents to an absence within 60 minutes of registration.",),
        (
            (
                "verbatim",
                "Dunmore Attend alerts parents to an absence within 60 minutes of registration.",
                "T",
            ),
            (
                "in-words",
                "Dunmore Attend alerts parents to an absence within an hour of registration.",
                "T",
            ),
            (
                "reworded",
                "Parents hear from Dunmore Attend within 60 minutes of registration if their "
                "child is missing.",
                "T",
            ),
            (
                "label-line",
                "Parent absence alert from Dunmore Attend: within 60 minutes of registration",
                "T",
            ),
            (
                "q-and-a",
                "Q: How soon does Dunmore Attend tell parents their child is absent?\n"
                "A: Within an hour of registration.",
                "Q",
            ),
            (
                "retired-product",
                "RegiStar alerts parents to an absence within 15 minutes of registration.",
                "T",
            ),
            (
                "notes",
                "Parents get a text from Dunmore Attend within the hour if their child is not "
                "marked present at registration.",
                "S",
            ),
            (
                "wrapped",
                "Dunmore Attend alerts parents to an absence within 60 minutes\nof "
                "registration, by text and in the app.",
                "W",
            ),
        ),
        (
            (
                "current-words",
                "Dunmore Attend alerts parents to an absence within a quarter of an hour of "
                "registration.",
                "T",
            ),
            (
                "regulator",
                "Local authority guidance asks schools to call parents within 60 minutes of "
                "noticing an absence.",
                "T",
            ),
            (
                "training-length",
                "The Dunmore Attend training session for office staff lasts 60 minutes.",
                "T",
            ),
            ("competitor", "Rollbook texts parents within an hour of registration.", "T"),
            (
                "webinar",
                "Our safeguarding webinar for attendance officers runs for 60 minutes on 3 June.",
                "T",
            ),
            ("current-row", "Parent absence alert | within 15 minutes", "R"),
        ),
    ),
    S(
        "register-speed",
        "Dunmore Attend makes taking the register 3x faster.",
        ("Dunmore Attend makes taking the register 2x faster.",),
        (
            ("verbatim", "Dunmore Attend makes taking the register 2x faster.", "T"),
            ("in-words", "Dunmore Attend makes taking the register twice as fast.", "T"),
            ("reworded", "Teachers take the register twice as quickly with Dunmore Attend.", "T"),
            ("label-value", "Register-taking speed with Dunmore Attend | 2x", "R"),
            ("half-the-time", "With Dunmore Attend, taking the register takes half the time.", "T"),
            ("retired-product", "RegiStar makes taking the register 3x faster.", "T"),
            (
                "notes",
                "Taking the register is two times faster on Dunmore Attend, so lead with that.",
                "S",
            ),
            (
                "wrapped",
                "On tablets, Dunmore Attend makes taking the register\n2x faster than the "
                "paper sheet.",
                "W",
            ),
        ),
        (
            ("current-words", "Dunmore Attend makes taking the register three times faster.", "T"),
            ("current-format", "Taking the register is 3× faster with Dunmore Attend.", "T"),
            ("other-metric", "Dunmore Attend loads twice as fast on the new tablets.", "T"),
            ("competitor", "Rollbook says its register is 2x faster than paper.", "T"),
            (
                "analyst",
                "Attendance systems make registration 2x faster on average, according to "
                "EdTech Review Partners.",
                "T",
            ),
            ("current-row", "Register-taking speed with Dunmore Attend | 3x", "R"),
        ),
    ),
    S(
        "report-writing",
        "Dunmore Insight cuts report-writing time by 50%.",
        ("Dunmore Insight cuts report-writing time by 35%.",),
        (
            ("verbatim", "Dunmore Insight cuts report-writing time by 35%.", "T"),
            ("label-value", "Report-writing time saved with Dunmore Insight | 35%", "R"),
            ("in-words", "Dunmore Insight cuts report-writing time by thirty-five percent.", "T"),
            (
                "reworded",
                "Teachers spend 35% less time writing end-of-term reports with Dunmore Insight.",
                "T",
            ),
            (
                "possessive",
                "Dunmore Insight's 35% saving on report-writing time lands well with heads of "
                "year.",
                "T",
            ),
            (
                "q-and-a",
                "Q: How much report-writing time does Dunmore Insight save?\nA: 35%.",
                "Q",
            ),
            ("retired-product", "ProgressPad cuts report-writing time by 50%.", "T"),
            ("label-line", "Report-writing time with Dunmore Insight: down 35%", "T"),
        ),
        (
            ("current-words", "Dunmore Insight cuts report-writing time in half.", "T"),
            ("current-verb", "Dunmore Insight halves report-writing time.", "T"),
            (
                "survey",
                "Report writing takes up 35% of teachers' time in July, according to the "
                "Teacher Workload Survey.",
                "T",
            ),
            ("share", "35% of Dunmore Insight users open it on a phone.", "T"),
            (
                "quote",
                '"Dunmore Insight cut our report-writing time by 35%," says Tom Reilly, head '
                "of Holloway Park School.",
                "T",
            ),
            ("competitor", "Reportly claims to cut report-writing time by 35%.", "T"),
            ("current-row", "Report-writing time saved with Dunmore Insight | 50%", "R"),
        ),
    ),
    S(
        "schools-count",
        "More than 4,000 schools use Dunmore.",
        ("More than 2,500 schools use Dunmore.",),
        (
            ("verbatim", "More than 2,500 schools use Dunmore.", "T"),
            ("label-value", "Schools using Dunmore | 2,500+", "R"),
            ("reworded", "Dunmore is used in over 2,500 schools.", "T"),
            ("in-words", "More than two and a half thousand schools use Dunmore.", "T"),
            ("q-and-a", "Q: How many schools run Dunmore?\nA: Over 2,500.", "Q"),
            (
                "mixed",
                "Join the 2,500+ schools that already use Dunmore to plan, teach and assess.",
                "T",
            ),
            ("notes", "Over 2,500 schools now use Dunmore, so name a local one.", "S"),
            (
                "wrapped",
                "More than 2,500 schools across the UK and Ireland\nuse Dunmore every day.",
                "W",
            ),
        ),
        (
            ("current-reworded", "Dunmore is used in over 4,000 schools.", "T"),
            ("current-words", "More than four thousand schools use Dunmore.", "T"),
            ("event", "More than 2,500 teachers came to Dunmore Live last year.", "T"),
            ("community", "The Dunmore teacher community has 2,500 members.", "T"),
            ("newsletter", "2,500 school leaders read the Dunmore newsletter each month.", "T"),
            ("partner", "The Dunmore partner programme has 2,500 certified trainers.", "T"),
            (
                "government",
                "There are more than 2,500 secondary schools in the region, government "
                "figures show.",
                "T",
            ),
            ("current-row", "Schools using Dunmore | 4,000+", "R"),
        ),
    ),
    S(
        "app-rating",
        "The Dunmore parent app is rated 4.7 out of 5.",
        ("The Dunmore parent app is rated 4.4 out of 5.",),
        (
            ("verbatim", "The Dunmore parent app is rated 4.4 out of 5.", "T"),
            ("label-value", "Dunmore parent app rating | 4.4/5", "R"),
            ("slash-format", "The Dunmore parent app is rated 4.4/5.", "T"),
            ("reworded", "Parents rate the Dunmore parent app 4.4 out of 5.", "T"),
            ("stars", "The Dunmore parent app holds a 4.4-star rating.", "T"),
            ("label-line", "Dunmore parent app rating: 4.4 stars", "T"),
            ("q-and-a", "Q: How do parents rate the Dunmore parent app?\nA: 4.4 out of 5.", "Q"),
        ),
        (
            ("current-format", "The Dunmore parent app is rated 4.7/5.", "T"),
            ("current-stars", "Parents give the Dunmore parent app 4.7 stars.", "T"),
            ("competitor", "Rollbook's parent app is rated 4.4 out of 5.", "T"),
            (
                "survey",
                "Parents rated school communication 4.4 out of 5 in the national parent survey.",
                "T",
            ),
            (
                "other-metric",
                "School business managers rate Dunmore's customer support 4.4 out of 5.",
                "T",
            ),
            ("current-row", "Dunmore parent app rating | 4.7/5", "R"),
        ),
    ),
    S(
        "exam-uptime",
        "Dunmore Assess is available 99.95% of the time during exam windows.",
        ("Dunmore Assess is available 99.9% of the time during exam windows.",),
        (
            (
                "verbatim",
                "Dunmore Assess is available 99.9% of the time during exam windows.",
                "T",
            ),
            (
                "three-nines",
                "Dunmore Assess offers three nines of availability during exam windows.",
                "T",
            ),
            ("label-value", "Dunmore Assess availability in exam windows | 99.9%", "R"),
            (
                "reworded",
                "During exam windows, Dunmore Assess stays up 99.9% of the time.",
                "T",
            ),
            (
                "q-and-a",
                "Q: What uptime does Dunmore Assess give during exams?\nA: 99.9%.",
                "Q",
            ),
            (
                "retired-product",
                "TestBay is available 99.95% of the time during exam windows.",
                "T",
            ),
            (
                "notes",
                "Exams officers care that Dunmore Assess is up 99.9% of the time in exam season.",
                "S",
            ),
        ),
        (
            (
                "current-format",
                "Dunmore Assess is available 99.95 percent of the time during exam windows.",
                "T",
            ),
            (
                "standards-body",
                "The exam board's platform standard requires 99.9% availability.",
                "T",
            ),
            (
                "other-metric",
                "99.9% of student answers in Dunmore Assess are saved within two seconds.",
                "T",
            ),
            (
                "supplier",
                "Our hosting provider guarantees 99.9% uptime for its data centres.",
                "T",
            ),
            ("competitor", "Quizdeck promises 99.9% availability.", "T"),
            ("current-row", "Dunmore Assess availability in exam windows | 99.95%", "R"),
        ),
    ),
    S(
        "mis-connect",
        "Dunmore Insight connects to a school's MIS in under 2 days.",
        ("Dunmore Insight connects to a school's MIS in under 2 weeks.",),
        (
            ("verbatim", "Dunmore Insight connects to a school's MIS in under 2 weeks.", "T"),
            (
                "in-words",
                "Dunmore Insight connects to a school's MIS in under a fortnight.",
                "T",
            ),
            (
                "reworded",
                "Getting Dunmore Insight linked to the school's MIS takes less than two weeks.",
                "T",
            ),
            ("label-line", "MIS connection time for Dunmore Insight: under 2 weeks", "T"),
            (
                "q-and-a",
                "Q: How long does it take to connect Dunmore Insight to our MIS?\n"
                "A: Less than two weeks.",
                "Q",
            ),
            ("retired-product", "ProgressPad connects to a school's MIS in under 2 days.", "T"),
            ("in-days", "Dunmore Insight connects to a school's MIS in under 14 days.", "T"),
            ("label-value", "MIS connection, Dunmore Insight | under 2 weeks", "R"),
        ),
        (
            ("current-words", "Dunmore Insight connects to a school's MIS in under two days.", "T"),
            ("current-hours", "Dunmore Insight connects to a school's MIS in under 48 hours.", "T"),
            (
                "training-length",
                "Dunmore Insight training for data managers runs over 2 weeks of short online "
                "sessions.",
                "T",
            ),
            ("competitor", "Datavale says its MIS connection takes under 2 weeks.", "T"),
            ("job-posting", "Dunmore is hiring 12 MIS integration engineers in Leeds.", "T"),
            ("current-row", "MIS connection, Dunmore Insight | under 2 days", "R"),
        ),
    ),
)

MORE_POSITIVES: dict[str, tuple[Case, ...]] = {
    "marking-time": (
        ("synonym", "Dunmore Grade slashes the hours teachers spend marking by 25%.", "T"),
    ),
    "feedback-turnaround": (
        ("label-value", "Essay feedback with Dunmore Grade | within 72 hours", "R"),
    ),
    "rubric-library": (
        (
            "wrapped",
            "Dunmore Grade ships with more than 800 ready-made\nrubrics for English, history "
            "and science.",
            "W",
        ),
    ),
    "question-bank": (
        (
            "q-and-a",
            "Q: How big is the question bank in Dunmore Assess?\n"
            "A: 40,000 curriculum-aligned questions.",
            "Q",
        ),
    ),
    "test-setup": (
        (
            "wrapped",
            "With Dunmore Assess a teacher can build a complete test\nin 30 minutes, mark "
            "scheme included.",
            "W",
        ),
    ),
    "scoring-accuracy": (
        (
            "q-and-a",
            "Q: How accurate is the auto-scoring in Dunmore Assess?\n"
            "A: 95% on short-answer questions.",
            "Q",
        ),
        (
            "notes",
            "Dunmore Assess gets short-answer scoring right 95% of the time; say so early.",
            "S",
        ),
    ),
    "homework-completion": (
        (
            "wrapped",
            "Schools on Dunmore Learn see homework completion rise\nby 15% within a term.",
            "W",
        ),
        (
            "mixed",
            "Teachers set work in minutes and, with Dunmore Learn, homework completion rises "
            "by 15%.",
            "T",
        ),
    ),
    "offline-access": (
        ("notes", "Stress that Dunmore Learn keeps working offline for up to a week.", "S"),
        ("bullet", "- Works offline for up to 7 days (Dunmore Learn)", "T"),
    ),
    "learn-price": (
        (
            "wrapped",
            "Dunmore Learn costs $6 per student per year, billed\nonce in September.",
            "W",
        ),
    ),
    "absence-reduction": (
        ("notes", "Dunmore Attend brings unexplained absences down by twenty percent.", "S"),
        (
            "wrapped",
            "In its first year, Dunmore Attend reduces unexplained\nabsences by 20%.",
            "W",
        ),
    ),
    "parent-alerts": (
        ("label-value", "Parent absence alert from Dunmore Attend | within 60 minutes", "R"),
    ),
    "register-speed": (
        (
            "q-and-a",
            "Q: How much faster is taking the register with Dunmore Attend?\nA: Twice as fast.",
            "Q",
        ),
        (
            "possessive",
            "Dunmore Attend's 2x faster register gives form tutors time back every morning.",
            "T",
        ),
    ),
    "report-writing": (
        (
            "wrapped",
            "With Dunmore Insight, teachers cut report-writing time\nby 35% at the end of "
            "every term.",
            "W",
        ),
        (
            "notes",
            "Heads of year love that Dunmore Insight takes 35% off report-writing time.",
            "S",
        ),
    ),
    "schools-count": (("label-line", "Schools using Dunmore: more than 2,500", "T"),),
    "app-rating": (
        (
            "wrapped",
            "The Dunmore parent app is rated 4.4 out of 5\nby parents on both app stores.",
            "W",
        ),
        ("notes", "Mention that the Dunmore parent app is rated 4.4 out of five.", "S"),
    ),
    "exam-uptime": (
        (
            "wrapped",
            "Dunmore Assess is available 99.9% of the time\nduring exam windows, including mocks.",
            "W",
        ),
        ("label-line", "Dunmore Assess exam-window availability: 99.9%", "T"),
    ),
    "mis-connect": (
        ("notes", "Say that Dunmore Insight is hooked up to the MIS in under two weeks.", "S"),
        (
            "wrapped",
            "Dunmore Insight connects to a school's MIS in under\n2 weeks, with no work for "
            "the data manager.",
            "W",
        ),
    ),
}
MORE_NEGATIVES: dict[str, tuple[Case, ...]] = {
    "marking-time": (
        (
            "current-in-words",
            "Dunmore Grade saves teachers two hours in every five they spend marking.",
            "T",
        ),
        (
            "other-metric",
            "Dunmore Grade flags 25% more plagiarism cases than manual checks.",
            "T",
        ),
        (
            "case-study-heading",
            "Case study: Harrow Vale Academy and its 25% marking-time cut",
            "T",
        ),
    ),
    "feedback-turnaround": (
        (
            "quote",
            '"Essays come back within 72 hours now," says Ana Lopes, a Year 11 student at '
            "Fenwick High.",
            "T",
        ),
        (
            "current-q-and-a",
            "Q: How quickly do students get essay feedback with Dunmore Grade?\n"
            "A: Within 24 hours.",
            "Q",
        ),
    ),
    "rubric-library": (
        (
            "current-q-and-a",
            "Q: How many ready-made rubrics does Dunmore Grade include?\nA: Over 1,200.",
            "Q",
        ),
        ("event", "800 teachers joined our rubric-design workshops last term.", "T"),
    ),
    "question-bank": (
        (
            "current-line",
            "Dunmore Assess question bank: 60,000 curriculum-aligned questions",
            "T",
        ),
        ("newsletter", "Our question-of-the-day email reaches 40,000 students.", "T"),
    ),
    "test-setup": (
        (
            "current-q-and-a",
            "Q: How long does it take to set up a test in Dunmore Assess?\nA: About 10 minutes.",
            "Q",
        ),
        (
            "customer",
            "Teachers at Norbury College build a test in Dunmore Assess in 30 minutes, "
            "their head of science says.",
            "T",
        ),
    ),
    "scoring-accuracy": (
        (
            "current-notes",
            "Dunmore Assess auto-scores short answers with 98% accuracy, so lead with that.",
            "S",
        ),
        ("event", "95 schools took part in the Dunmore Assess scoring trial.", "T"),
    ),
    "homework-completion": (
        (
            "current-q-and-a",
            "Q: What does Dunmore Learn do for homework completion?\nA: It rises by 22%.",
            "Q",
        ),
        ("partner", "15 publishers now put their homework packs on Dunmore Learn.", "T"),
    ),
    "offline-access": (
        ("current-row", "Offline access in Dunmore Learn | 14 days", "R"),
        (
            "current-wrapped",
            "Pupils can keep using Dunmore Learn offline\nfor up to 14 days at a time.",
            "W",
        ),
        (
            "other-duration",
            "Dunmore Learn support answers tickets within 7 days during school holidays.",
            "T",
        ),
    ),
    "learn-price": (
        ("other-price", "The Dunmore Learn training day costs $600 per school.", "T"),
        (
            "current-q-and-a",
            "Q: What does Dunmore Learn cost?\nA: $4 per student, per year.",
            "Q",
        ),
        (
            "government",
            "The government's digital grant pays schools $6 per student per year for software.",
            "T",
        ),
    ),
    "absence-reduction": (
        (
            "current-q-and-a",
            "Q: What impact does Dunmore Attend have on unexplained absences?\n"
            "A: They fall by 30%.",
            "Q",
        ),
        (
            "survey",
            "Unexplained absences rose by 20% after the pandemic, a national attendance "
            "survey found.",
            "T",
        ),
    ),
    "parent-alerts": (
        (
            "current-notes",
            "Parents get a text from Dunmore Attend within 15 minutes of registration.",
            "S",
        ),
        (
            "other-duration",
            "Dunmore Attend lets parents report an absence up to 60 minutes before registration.",
            "T",
        ),
        (
            "customer",
            "Kingsmere Primary's office phones parents within an hour of registration.",
            "T",
        ),
    ),
    "register-speed": (
        (
            "current-q-and-a",
            "Q: How much faster is the register with Dunmore Attend?\nA: Three times faster.",
            "Q",
        ),
        (
            "other-metric",
            "Schools on Dunmore Attend send twice as many praise messages home.",
            "T",
        ),
    ),
    "report-writing": (
        (
            "current-other-shape",
            "Teachers spend half as long writing reports with Dunmore Insight.",
            "T",
        ),
        (
            "case-study-heading",
            "Case study: Holloway Park School cuts report writing by 35%",
            "T",
        ),
    ),
    "schools-count": (
        ("current-q-and-a", "Q: How many schools run Dunmore?\nA: Over 4,000.", "Q"),
        ("headcount", "Dunmore employs 250 people in Belfast and Leeds.", "T"),
    ),
    "app-rating": (
        (
            "current-q-and-a",
            "Q: How do parents rate the Dunmore parent app?\nA: 4.7 out of 5.",
            "Q",
        ),
        ("review-count", "The Dunmore parent app has more than 4,400 reviews.", "T"),
        (
            "webinar",
            "Our webinar on parent engagement was rated 4.4 out of 5 by attendees.",
            "T",
        ),
    ),
    "exam-uptime": (
        (
            "current-notes",
            "Exams officers care that Dunmore Assess is up 99.95% of the time in exam season.",
            "S",
        ),
        (
            "regulator",
            "The Qualifications Authority reported that 99.9% of on-screen exams ran "
            "without incident last summer.",
            "T",
        ),
    ),
    "mis-connect": (
        (
            "current-q-and-a",
            "Q: How long does it take to connect Dunmore Insight to our MIS?\n"
            "A: Less than two days.",
            "Q",
        ),
        (
            "other-duration",
            "Dunmore Insight refreshes attendance and grade data from the MIS every 2 hours.",
            "T",
        ),
        (
            "vendor",
            "The MIS vendor needs up to 2 weeks to approve a new integration partner.",
            "T",
        ),
    ),
}
SUBJECTS = with_more(FIRST, MORE_POSITIVES, MORE_NEGATIVES)

TERMS = (
    ("MarkWell", "Dunmore Grade"),
    ("TestBay", "Dunmore Assess"),
    ("ClassHive", "Dunmore Learn"),
    ("RegiStar", "Dunmore Attend"),
    ("ProgressPad", "Dunmore Insight"),
)
FILLER = (
    "Start by asking the head how homework, marking and attendance are handled today.",
    "Close with a trial workspace set up on the school's own timetable and classes.",
)


if __name__ == "__main__":
    run_subjects(__doc__, "Dunmore", 151, SUBJECTS, TERMS, FILLER)
