"""The mail subscribers get, composed in their own language: confirmation, "already subscribed",
the management link, alerts and newsletter issues.

Every mail to a subscription carries a one-click unsubscribe (RFC 8058: `List-Unsubscribe` with an
https address and `List-Unsubscribe-Post`) and a link to manage every subscription of the address.
Mail goes out without a request (from a worker), so links are made from settings.SITE_URL.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from . import tokens
from .alerts import Search
from .rendering import DigestContent, render_digest, saved_sections
from .selection import written_in


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def links(subscription):
    """The manage and unsubscribe addresses of `subscription`, in its language."""
    with written_in(subscription.language):
        return {
            "manage_url": absolute(
                reverse("subscriptions:manage", args=[tokens.manage_token(subscription.address_key)])
            ),
            "unsubscribe_url": absolute(
                reverse("subscriptions:unsubscribe", args=[tokens.unsubscribe_token(subscription)])
            ),
        }


def list_headers(unsubscribe_url, list_name):
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{list_name} <{list_name.lower().replace(' ', '-')}.asm-portal>",
        "Auto-Submitted": "auto-generated",
    }


def message(to, subject, text, html, headers=None):
    mail = EmailMultiAlternatives(subject, text, to=[to], headers=headers or {})
    mail.attach_alternative(html, "text/html")
    return mail


def notice(to, subject, paragraphs, action=None, footer=""):
    """A short mail: a few paragraphs and at most one button (label, address)."""
    context = {"subject": subject, "paragraphs": paragraphs, "action": action, "footer": footer}
    text = render_to_string("newsletter/mail/notice.txt", context)
    html = render_to_string("newsletter/mail/notice.html", context)
    return message(to, subject, text, html)


def what_it_follows(subscription):
    if subscription.is_alert:
        return Search(subscription.scope, subscription.query).heading()
    return gettext("The ASM Knowledge Portal's newsletter")


def confirmation(subscription):
    with written_in(subscription.language):
        url = absolute(reverse("subscriptions:confirm", args=[tokens.confirm_token(subscription)]))
        days = settings.SUBSCRIPTION_CONFIRM_DAYS
        if subscription.is_alert:
            subject = gettext("Confirm your alert: %(title)s") % {"title": what_it_follows(subscription)}
            first = gettext(
                "Someone, we hope you, asked the ASM Knowledge Portal to email this address %(frequency)s "
                "about new records matching “%(title)s”."
            ) % {"frequency": subscription.get_frequency_display().lower(), "title": what_it_follows(subscription)}
        else:
            subject = gettext("Confirm your subscription to the ASM Knowledge Portal's newsletter")
            first = gettext("Someone, we hope you, asked to receive the ASM Knowledge Portal's newsletter here.")
        paragraphs = [
            first,
            ngettext(
                "Nothing will be sent until you confirm. The link works for %(days)d day.",
                "Nothing will be sent until you confirm. The link works for %(days)d days.",
                days,
            )
            % {"days": days},
            gettext("If it was not you, ignore this email: nothing more will come, and the request is deleted."),
        ]
        return notice(subscription.email, subject, paragraphs, (gettext("Confirm"), url))


def already_subscribed(subscription):
    """The answer to a second sign-up for something the address already has (the page said the same
    as for a new one, so nobody learns who is subscribed; the owner learns where to manage it)."""
    with written_in(subscription.language):
        subject = gettext("You are already subscribed: %(title)s") % {"title": what_it_follows(subscription)}
        paragraphs = [
            gettext("Someone asked to subscribe this address to “%(title)s”, which it already receives.")
            % {"title": what_it_follows(subscription)},
            gettext("Nothing has changed. To change how often it comes, pause it or stop it, manage your alerts."),
        ]
        return notice(
            subscription.email, subject, paragraphs, (gettext("Manage your alerts"), links(subscription)["manage_url"])
        )


def management_link(subscription):
    with written_in(subscription.language):
        subject = gettext("Your alerts and subscriptions on the ASM Knowledge Portal")
        paragraphs = [
            gettext("Here is the link to manage every alert and subscription of this address."),
            gettext("If you did not ask for it, ignore this email."),
        ]
        return notice(
            subscription.email, subject, paragraphs, (gettext("Manage your alerts"), links(subscription)["manage_url"])
        )


def alert(found, until):
    """The mail for one alert's new records (`found`: an alerts.Found)."""
    subscription = found.subscription
    search = Search(subscription.scope, subscription.query)
    with written_in(subscription.language):
        sections = []
        for section, shown, _ in found.parts:
            records = section.model.objects.published().filter(pk__in=shown).prefetch_related(*section.prefetch)
            by_id = {record.pk: record for record in records}
            entries = [section.entry(by_id[pk], absolute) for pk in shown if pk in by_id]
            if entries:
                sections.append((section, entries))
        title = search.heading()
        count = found.total
        subject = ngettext("%(count)d new: %(title)s", "%(count)d new: %(title)s", count) % {
            "count": count,
            "title": title,
        }
        reason = gettext(
            "You receive this %(frequency)s alert because you asked the ASM Knowledge Portal to follow this search."
        ) % {"frequency": subscription.get_frequency_display().lower()}
        page = absolute(search.page_path())
        content = DigestContent(
            title,
            "",
            subscription.matched_until,
            until,
            sections,
            absolute(reverse("home")),
            subscription.language,
            page_url=page,
            page_label=listed_label(sum(len(entries) for _, entries in sections), count),
            reason=reason,
            **links(subscription),
        )
        text, html = render_digest(content, "text"), render_digest(content, "html")
    return message(subscription.email, subject, text, html, list_headers(content.unsubscribe_url, "Portal alerts"))


def listed_label(shown, count):
    if shown >= count:
        return gettext("See everything this search finds on the portal")
    # Translators: under an alert listing the newest records only; %(shown)d is at most 25.
    return ngettext(
        "The newest %(shown)d of %(count)d new record are listed here: see everything this search finds on the portal",
        "The newest %(shown)d of %(count)d new records are listed here: see everything this search finds on the portal",
        count,
    ) % {"shown": shown, "count": count}


class NewsletterIssue:
    """A saved digest as the newsletter's subscribers get it: rendered once, each recipient's own
    links put in per mail."""

    PLACEHOLDER_MANAGE = "https://manage.invalid/"
    PLACEHOLDER_UNSUBSCRIBE = "https://unsubscribe.invalid/"

    def __init__(self, digest, language):
        self.language = language
        sections, _ = saved_sections(digest, absolute, language)
        with written_in(language):
            self.subject = digest.title
            content = DigestContent(
                digest.title,
                digest.intro,
                digest.since,
                digest.until,
                sections,
                absolute(reverse("home")),
                language,
                reason=gettext("You receive this because you subscribed to the ASM Knowledge Portal's newsletter."),
                manage_url=self.PLACEHOLDER_MANAGE,
                unsubscribe_url=self.PLACEHOLDER_UNSUBSCRIBE,
            )
            self.text, self.html = render_digest(content, "text"), render_digest(content, "html")
        self.count = content.count

    def to(self, subscription):
        own = links(subscription)
        text, html = self.text, self.html
        for placeholder, url in (
            (self.PLACEHOLDER_MANAGE, own["manage_url"]),
            (self.PLACEHOLDER_UNSUBSCRIBE, own["unsubscribe_url"]),
        ):
            text, html = text.replace(placeholder, url), html.replace(placeholder, url)
        return message(
            subscription.email, self.subject, text, html, list_headers(own["unsubscribe_url"], "Portal newsletter")
        )

    def test_to(self, address):
        """The issue as a subscriber will get it, to an editor, marked as a test."""
        with written_in(self.language):
            subject = gettext("[Test] %(subject)s") % {"subject": self.subject}
        return message(address, subject, self.text, self.html)
