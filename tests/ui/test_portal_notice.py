"""The reminder on a desktop without a tray goes through the notification portal.

Run on a private session bus (dbus-run-session) with a stand-in portal that
records what arrives: the call must have the portal's signature, "sa{sv}",
or a real portal would refuse it.
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


def portal_main() -> int:
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
            print(f"{message.member()} {message.signature()}", flush=True)
            print(f"id {message.arguments()[0]}", flush=True)
            connection.send(message.createReply([]))
            app.quit()
            return True

    bus = QDBusConnection.sessionBus()
    portal = Portal()
    if not bus.registerService("org.freedesktop.portal.Desktop"):
        print("no bus", flush=True)
        return 1
    bus.registerVirtualObject("/org/freedesktop/portal/desktop", portal)
    sender = QProcess()
    sender.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
    sender.start(sys.executable, ["-m", "tests.ui.test_portal_notice", "send"])
    QTimer.singleShot(WATCHDOG_SECONDS * 1000, app.quit)  # a guard, not a wait
    app.exec()
    sender.waitForFinished(5000)
    return 0


def send_main() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from unknot.ui.reminders import send_desktop_notice

    app = QApplication([])
    way = send_desktop_notice(QWidget(), None)
    print(f"sent by {way.value}", flush=True)
    del app
    return 0


def test_the_portal_gets_a_call_it_accepts(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.ui.test_portal_notice", "portal"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS + 30,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert "sent by portal" in lines, done.stdout + done.stderr
    assert "AddNotification sa{sv}" in lines, done.stdout + done.stderr
    assert "id daily-reminder" in lines


if __name__ == "__main__":
    raise SystemExit(portal_main() if sys.argv[1] == "portal" else send_main())
