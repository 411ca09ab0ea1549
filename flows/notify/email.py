"""E-mail over SMTP (STARTTLS, implicit TLS or plain), with a plain-text and an HTML part."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from flows._i18n import level_name
from flows.notify.errors import DeliveryError
from flows.notify.message import Message
from schema.settings import Settings, SmtpSettings


@dataclass(frozen=True)
class Attachment:
    """A file attached to an e-mail."""

    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "pdf"


@cache
def _templates() -> Environment:
    folder = Path(__file__).parent / "templates"
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "j2"]))


def message_html(message: Message) -> str:
    """The HTML part of a notification e-mail (inline styles, readable in every mail client)."""
    label = level_name(message.level, message.language) if message.level else ""
    return _templates().get_template("message.html.j2").render(m=message, level_label=label)


def build_email(
    sender: str,
    to: list[str],
    subject: str,
    text: str,
    html: str | None,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """A MIME message: text, optional HTML alternative, optional attachments."""
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = sender
    mail["To"] = ", ".join(to)
    mail["Date"] = formatdate(localtime=False, usegmt=True)
    mail["Message-ID"] = make_msgid(domain="debatradar")
    mail.set_content(text)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    for item in attachments:
        mail.add_attachment(
            item.content, maintype=item.maintype, subtype=item.subtype, filename=item.filename
        )
    return mail


def send_message(settings: Settings, to: list[str], message: Message) -> None:
    """Send a notification as an e-mail with text and HTML parts."""
    mail = build_email(
        settings.notify.smtp.sender, to, message.subject, message.plain_text(), message_html(message)
    )
    send_email(settings, mail)


def send_email(settings: Settings, mail: EmailMessage) -> None:
    """Deliver a MIME message through the configured SMTP server.

    Raises:
        DeliveryError: transient for lost connections and 4xx replies, permanent for a failed
            login, refused recipients, a bad certificate or 5xx replies.
    """
    smtp = settings.notify.smtp
    password = settings.secrets.smtp_password
    where = f"{smtp.host}:{smtp.port}"
    try:
        with _connect(smtp) as client:
            if smtp.username:
                if password is None:
                    raise DeliveryError(
                        f"SMTP {where}: user {smtp.username!r} needs a password; "
                        "set DEBATRADAR_SECRETS__SMTP_PASSWORD.",
                        transient=False,
                    )
                client.login(smtp.username, password.get_secret_value())
            client.send_message(mail)
    except DeliveryError:
        raise
    except smtplib.SMTPAuthenticationError as err:
        raise DeliveryError(
            f"SMTP {where}: login as {smtp.username!r} refused ({err.smtp_code}); check the user and "
            "DEBATRADAR_SECRETS__SMTP_PASSWORD.",
            transient=False,
        ) from err
    except smtplib.SMTPRecipientsRefused as err:
        raise DeliveryError(
            f"SMTP {where}: recipients refused: {', '.join(sorted(err.recipients))}.", transient=False
        ) from err
    except smtplib.SMTPResponseException as err:
        detail = (
            err.smtp_error.decode(errors="replace") if isinstance(err.smtp_error, bytes) else err.smtp_error
        )
        raise DeliveryError(
            f"SMTP {where}: the server answered {err.smtp_code} {detail}.",
            transient=400 <= err.smtp_code < 500,
        ) from err
    except ssl.SSLCertVerificationError as err:
        raise DeliveryError(
            f"SMTP {where}: the server's certificate is not trusted ({err.verify_message}); "
            "set notify.smtp.ca_file to the CA that signed it.",
            transient=False,
        ) from err
    except smtplib.SMTPNotSupportedError as err:
        raise DeliveryError(
            f"SMTP {where}: {err}; check notify.smtp.security (starttls, ssl or none).", transient=False
        ) from err
    except (OSError, smtplib.SMTPException) as err:
        raise DeliveryError(f"SMTP {where}: cannot deliver ({err}); will retry.", transient=True) from err


def _tls_context(smtp: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=smtp.ca_file)
    if not smtp.verify_certs:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _connect(smtp: SmtpSettings) -> smtplib.SMTP:
    if smtp.security == "ssl":
        return smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_s, context=_tls_context(smtp))
    client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_s)
    try:
        client.ehlo()
        if smtp.security == "starttls":
            client.starttls(context=_tls_context(smtp))
            client.ehlo()
    except BaseException:
        client.close()
        raise
    return client
