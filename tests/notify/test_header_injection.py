"""No header injection, no crash on odd configuration.

An operator's settings reach every email's headers: the sender, the reply-to address, the site's name and the
policies' titles (in the subject). A line break there would add headers of its own (a Bcc: to every user),
and a vertical tab or a NEL used to pass start-up and then crash the dispatch. Whatever the shape the YAML
gives a value (text, list, mapping), start-up refuses it with one message naming the setting. Behind that,
the MIME layer refuses a message with such a header: that one delivery is dead-lettered with the reason,
the others are sent, and nothing is left `sending`.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest
import yaml
from fake_smtp import FakeSmtp
from harness import REPO, populate, states
from sqlalchemy import select, update

from notifier.config import project as config_module
from notifier.config import settings as settings_module
from notifier.delivery import store
from notifier.delivery.channels import make_channel
from notifier.delivery.dispatch import dispatch
from notifier.problems import PolicyError

# Every character that ends a line somewhere, and other controls that corrupt a header.
UNSAFE = ["\r\n", "\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00", "\x1b", "\x9b"]


def _with_notifier(config, **block):
    return dataclasses.replace(config, raw=config.raw | {"notifier": config.section("notifier") | block})


def _problems(config, **block) -> list[str]:
    with pytest.raises(PolicyError) as error:
        settings_module.load(_with_notifier(config, **block), {"POLICIES_SECRET_KEY": "x"})
    return [str(p) for p in error.value.problems]


@pytest.mark.parametrize("char", UNSAFE, ids=lambda c: f"U+{ord(c[-1]):04X}")
@pytest.mark.parametrize(
    ("setting", "block"),
    [
        ("notifier.reply_to", lambda bad: {"reply_to": f"dpo@24sevres.com{bad}Bcc: all@evil.test"}),
        ("notifier.reply_to", lambda bad: {"reply_to": ["dpo@24sevres.com", f"x@evil.test{bad}Bcc: all@evil.test"]}),
        ("notifier.reply_to", lambda bad: {"reply_to": {"email": f"dpo@24sevres.com{bad}X-Injected: 1"}}),
        ("notifier.from.name", lambda bad: {"from": {"email": "privacy@24sevres.com", "name": f"24{bad}Sèvres"}}),
        ("notifier.from.name", lambda bad: {"from": {"email": "privacy@24sevres.com", "name": [f"24{bad}Sèvres"]}}),
        ("notifier.from.email", lambda bad: {"from": {"email": f"privacy@24sevres.com{bad}Bcc: all@evil.test"}}),
    ],
)
def test_a_header_setting_with_a_line_break_or_control_character_is_refused_at_start_up(
    repo_root, setting, block, char
):
    config = config_module.load(repo_root)
    problems = _problems(config, **block(char))
    assert len(problems) == 1 and setting in problems[0], problems


@pytest.mark.parametrize(
    ("path", "value", "setting"),
    [
        (("site", "name"), "24\x0bSèvres", "site.name"),
        (("policies", "privacy", "title", "fr"), "Politique\u2028Bcc: all@evil.test", "title (fr)"),
        (("policies", "cookies", "title", "en"), "Cookie\x85policy", "title (en)"),
    ],
)
def test_a_site_name_or_title_that_would_break_the_subject_fails_the_configuration(repo_root, path, value, setting):
    raw = yaml.safe_load((repo_root / "policies.yml").read_text(encoding="utf-8"))
    target = raw
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    (repo_root / "policies.yml").write_text(yaml.safe_dump(raw), encoding="utf-8")  # as "\N": escaped
    with pytest.raises(PolicyError) as error:
        config_module.load(repo_root)
    problems = [str(p) for p in error.value.problems]
    assert len(problems) == 1 and setting in problems[0] and "policies.yml:" in problems[0], problems


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ({"from": "privacy@24sevres.com"}, None),  # a bare address is a sender too
        ({"from": ["privacy@24sevres.com"]}, "notifier.from): must be a mapping"),
        ({"reply_to": 42}, "notifier.reply_to): must be one email address"),
        ({"audiences": ["privacy"]}, "notifier.audiences): must be a mapping"),
        ({"audiences": {"privacy": "everyone"}}, "notifier.audiences.privacy): must be a mapping"),
    ],
)
def test_odd_shapes_get_one_clear_message_not_a_traceback(repo_root, block, message):
    config = config_module.load(repo_root)
    if message is None:
        assert settings_module.load(_with_notifier(config, **block), {"POLICIES_SECRET_KEY": "x"}).sender_email
        return
    problems = _problems(config, **block)
    assert len(problems) == 1 and message in problems[0], problems


def test_the_dispatch_command_refuses_a_reply_to_list_with_one_line_and_sends_nothing(repo_root, tmp_path):
    text = (repo_root / "policies.yml").read_text(encoding="utf-8")
    injected = 'reply_to: [dpo@24sevres.com, "x@evil.test\\nBcc: all@evil.test"]'
    text = text.replace("reply_to: dpo@24sevres.com", injected)
    (repo_root / "policies.yml").write_text(text, encoding="utf-8")
    env = os.environ | {
        "PYTHONPATH": str(REPO),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "POLICIES_SECRET_KEY": "x",
    }
    run = subprocess.run(
        [sys.executable, "-m", "notifier", "dispatch"], cwd=repo_root, env=env, capture_output=True, text=True
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "notifier.reply_to" in run.stderr and "not a list" in run.stderr
    assert not (repo_root / "var" / "outbox").exists()


def _poison_one_address(world) -> int:
    """An address with a vertical tab already in the store (written before import checked them)."""
    d = store.deliveries
    with world.engine.begin() as conn:
        poisoned = conn.execute(select(d.c.id).order_by(d.c.id).limit(1)).scalar_one()
        conn.execute(update(d).where(d.c.id == poisoned).values(email="victim@example.com\x0bBcc: all@evil.test"))
    return poisoned


@pytest.mark.parametrize("channel", ["file", "smtp"])
def test_the_mime_layer_dead_letters_one_unsafe_message_and_sends_the_others(world, channel):
    populate(world, 20)
    poisoned = _poison_one_address(world)
    with FakeSmtp() as fake:
        world = world.reopen(POLICIES_EMAIL_CHANNEL=channel, SMTP_URL=fake.url)
        sender = make_channel(world.settings)
        try:
            result = dispatch(world.engine, world.repository, world.settings, sender, workers=2)
        finally:
            sender.close()
        accepted = fake.accepted
    assert (result.sent, result.failed) == (19, 1)
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": 19, "failed": 1}
    with world.engine.connect() as conn:
        error = conn.execute(select(store.deliveries.c.error).where(store.deliveries.c.id == poisoned)).scalar_one()
    assert "To header would contain U+000B" in error and "victim" not in error
    assert poisoned not in accepted


def test_settings_that_bypassed_start_up_fail_each_delivery_cleanly_never_the_process(world):
    populate(world, 6)
    world = world.reopen()
    settings = dataclasses.replace(world.settings, sender_name="24 Sèvres\x85Bcc: all@evil.test")
    sender = make_channel(settings)
    result = dispatch(world.engine, world.repository, settings, sender, workers=2)
    assert (result.sent, result.failed) == (0, 6)
    assert states(world) == {"pending": 0, "sending": 0, "unknown": 0, "sent": 0, "failed": 6}
    assert not list(settings.outbox.rglob("*.eml"))


def test_a_subject_template_with_a_control_character_stops_the_dispatch_before_any_lease(world):
    populate(world, 4)
    subject = world.root / "templates/email/fr/subject.txt"
    subject.write_text("\x1b[31m" + subject.read_text(encoding="utf-8"), encoding="utf-8")
    sender = make_channel(world.settings)
    with pytest.raises(PolicyError) as error:
        dispatch(world.engine, world.repository, world.settings, sender)
    assert "templates/email/fr/subject.txt" in str(error.value) and "U+001B" in str(error.value)
    assert states(world)["sending"] == 0
