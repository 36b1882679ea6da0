"""The reminder on a desktop without a tray goes through the notification portal.

Run on a private session bus (dbus-run-session) with a stand-in portal that
records what arrives: the call must have the portal's signature, "sa{sv}",
or a real portal would refuse it.

Each of the two processes writes its own report file. Printing both to one pipe
let their lines interleave (with PYTHONUNBUFFERED=1 a line and its newline are two
writes), so the test failed about one run in three.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_SECONDS = 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dbus-run-session") is None,
        reason="needs a Linux session bus (dbus-run-session)",
    ),
]

_PORTAL_XML = """<interface name="org.freedesktop.portal.Notification">
<method name="AddNotification">
<arg type="s" name="id" direction="in"/><arg type="a{sv}" name="notification" direction="in"/>
</method></interface>"""


def _report(path: Path, *lines: str) -> None:
    # One file per process, written whole once there is something to say.
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def portal_main(reports: Path) -> int:
    """A stand-in portal on the private bus; starts the sender and reports."""
    from PySide6.QtCore import QCoreApplication, QProcess, QTimer
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

    app = QCoreApplication([])

    class Portal(QDBusVirtualObject):
        def introspect(self, path: str) -> str:
            return _PORTAL_XML

        def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
            if message.member() != "AddNotification":
                return False
            _report(
                reports / "portal.txt",
                f"{message.member()} {message.signature()}",
                f"id {message.arguments()[0]}",
            )
            connection.send(message.createReply([]))
            app.quit()
            return True

    bus = QDBusConnection.sessionBus()
    portal = Portal()
    if not bus.registerService("org.freedesktop.portal.Desktop"):
        _report(reports / "portal.txt", "no bus")
        return 1
    bus.registerVirtualObject("/org/freedesktop/portal/desktop", portal)
    sender = QProcess()
    sender.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
    sender.start(sys.executable, ["-m", "tests.ui.test_portal_notice", "send", str(reports)])
    QTimer.singleShot(WATCHDOG_SECONDS * 1000, app.quit)  # a guard, not a wait
    app.exec()
    sender.waitForFinished(5000)
    return 0


def send_main(reports: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from unknot.ui.desktop.reminders import send_desktop_notice

    app = QApplication([])
    way = send_desktop_notice(QWidget(), None)
    _report(reports / "sender.txt", f"sent by {way.value}")
    del app
    return 0


def test_the_portal_gets_a_call_it_accepts(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tests.ui.test_portal_notice", "portal", str(tmp_path)]
    done = subprocess.run(
        ["dbus-run-session", "--", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS + 30,
        check=False,
    )
    output = done.stdout + done.stderr

    def report(name: str) -> list[str]:
        path = tmp_path / name
        assert path.exists(), f"no {name}: {output}"
        return path.read_text(encoding="utf-8").splitlines()

    assert report("sender.txt") == ["sent by portal"], output
    assert report("portal.txt") == ["AddNotification sa{sv}", "id daily-reminder"], output


if __name__ == "__main__":
    role, folder = sys.argv[1:3]
    raise SystemExit(portal_main(Path(folder)) if role == "portal" else send_main(Path(folder)))
