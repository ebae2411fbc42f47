"""What partnerships and the Panel see (due dates, overdue, the Panel's queues), and the reminder digest."""

from __future__ import annotations

from datetime import date

from caselearn.auth.principal import SYSTEM
from caselearn.workflow import remind, services
from tests.conftest import OTHER_PARTNERSHIP, PARTNERSHIP
from tests.workflow.conftest import ADMIN


def test_partnership_page_shows_due_dates_and_overdue(client_for, make):
    make(PARTNERSHIP, reference="OURS-1", notified=date(2020, 12, 18), aware=date(2020, 12, 4))
    page = client_for("partnership").get("/workflow")
    assert page.status_code == 200
    # notified 10 working days after becoming aware: late; rapid review due 13 Jan 2021 and never submitted
    assert "notification: due 2020-12-11 (late)" in page.text
    assert "rapid review: due 2021-01-13 (overdue)" in page.text
    assert "awaiting the Panel" not in page.text  # the Panel's queue is not shown to partnerships


def test_panel_sees_its_queue_and_long_running_lcsprs(db, client_for, make):
    waiting = make(OTHER_PARTNERSHIP, reference="WAIT-1")
    long = make(PARTNERSHIP, reference="LONG-1", notified=date(2020, 1, 6))
    with db.transaction() as s:
        services.submit_rapid_review(s, ADMIN, waiting, date(2021, 1, 8), "no_lcspr", "learning captured")
        services.submit_rapid_review(s, ADMIN, long, date(2020, 1, 20), "lcspr", "serious learning")
        services.respond_to_rapid_review(s, ADMIN, long, "agree", "", date(2020, 1, 24))
        services.commission_lcspr(s, ADMIN, long, date(2020, 2, 3))
    panel = client_for("panel")
    queue = panel.get("/api/workflow/queue").json()
    assert [n["reference"] for n in queue["awaiting_response"]] == ["WAIT-1"]
    assert [x["notification"]["reference"] for x in queue["long_running_lcsprs"]] == ["LONG-1"]
    assert queue["long_running_lcsprs"][0]["working_days"] > 200
    page = panel.get("/workflow").text
    assert "Rapid reviews awaiting the Panel&#39;s response" in page or "awaiting the Panel's response" in page
    assert "WAIT-1" in page and "LONG-1" in page


def test_remind_digest_printed_and_sent_by_fake_smtp(db, make, monkeypatch):
    make(PARTNERSHIP, reference="OURS-1", notified=date(2021, 1, 4))  # rapid review due Mon 25 Jan 2021
    make(OTHER_PARTNERSHIP, reference="OTHER-1", notified=date(2020, 11, 2))  # due 23 Nov 2020: overdue
    with db.transaction() as s:
        services.add_contact(s, SYSTEM, PARTNERSHIP, "lead@testshire.example")
    with db.session() as s:
        digests = remind.digests(s, date(2021, 1, 20))  # 3 working days before 25 Jan
    assert [d.partnership for d in digests] == [OTHER_PARTNERSHIP, PARTNERSHIP]
    ours = digests[1]
    assert ours.recipients == ["lead@testshire.example"]
    assert "- DUE SOON: rapid review for OURS-1, due 2021-01-25" in ours.text(date(2021, 1, 20))
    assert "- OVERDUE: rapid review for OTHER-1, due 2020-11-23" in digests[0].text(date(2021, 1, 20))

    sent = []

    class FakeSMTP:
        def __init__(self, host, port):
            self.host, self.port, self.logged_in = host, port, None

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def starttls(self):
            pass

        def login(self, user, password):
            self.logged_in = user

        def send_message(self, message):
            sent.append((self.host, self.port, message))

    settings = remind.smtp_settings(
        {"CASELEARN_SMTP_HOST": "mail.example", "CASELEARN_SMTP_PORT": "2525", "CASELEARN_SMTP_FROM": "cl@example"}
    )
    lines = remind.send(digests, date(2021, 1, 20), settings, smtp_factory=FakeSMTP)
    assert lines == [f"{OTHER_PARTNERSHIP}: no contact, not sent", f"{PARTNERSHIP}: sent to lead@testshire.example"]
    assert len(sent) == 1
    host, port, message = sent[0]
    assert (host, port, message["To"], message["From"]) == (
        "mail.example",
        2525,
        "lead@testshire.example",
        "cl@example",
    )
    assert "OURS-1" in message.get_content() and "OTHER-1" not in message.get_content()
    assert remind.smtp_settings({}) is None


def test_an_unreachable_mail_server_is_one_clear_error(db, make):
    import pytest

    from caselearn.errors import UserError

    make(PARTNERSHIP, reference="OURS-1", notified=date(2021, 1, 4))
    with db.session() as s:
        digests = remind.digests(s, date(2021, 1, 20))

    def refuse(host, port):
        raise ConnectionRefusedError(111, "Connection refused")

    settings = remind.smtp_settings({"CASELEARN_SMTP_HOST": "mail.example"})
    with pytest.raises(UserError, match="cannot send reminders through mail.example:25"):
        remind.send(digests, date(2021, 1, 20), settings, smtp_factory=refuse)
