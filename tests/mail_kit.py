"""A real SMTP server for the tests: mail goes through Django's SMTP backend, over a socket, and what
arrived is parsed as a mail client would (MIME parts, headers, links)."""

import re
import socket
import threading
import time
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

LINK = re.compile(r"https?://[^\s\"'<>)\]]+")


class Inbox:
    """What the server received, in order; each message with the envelope's recipients."""

    def __init__(self):
        self.messages = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.arrived:
            self.messages.append((tuple(envelope.rcpt_tos), message))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def __len__(self):
        return len(self.messages)

    def to(self, address):
        return [message for recipients, message in self.messages if address in recipients]

    def wait_for(self, count, timeout=30.0):
        """Block until `count` messages have arrived; fail the test if they do not in time."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    pytest.fail(f"expected {count} messages, {len(self.messages)} arrived in {timeout:.0f} s")
                self.arrived.wait(left)
        return [message for _, message in self.messages]

    def clear(self):
        with self.arrived:
            self.messages.clear()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def body(message, subtype="plain"):
    part = message.get_body(preferencelist=(subtype,))
    return part.get_content() if part is not None else ""


def links(message, subtype="plain"):
    return LINK.findall(body(message, subtype))


def smtp_mailers(port):
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 10},
        }
    }


@pytest.fixture
def smtp_server():
    """A running SMTP server on this machine: (inbox, port)."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def inbox(smtp_server, settings):
    """Django's mail goes to the real SMTP server; the test reads what arrived."""
    mailbox, port = smtp_server
    settings.MAILERS = smtp_mailers(port)
    return mailbox
