from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.views import View
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.generic import DetailView, ListView

from .access import StaffPermissionRequired
from .models import Digest, DigestItem, NewsletterSend, Subscription
from .models.subscriptions import LANGUAGES
from .rendering import EXTENSIONS, FORMATS, DigestContent, render_digest, saved_language, saved_sections
from .selection import Selection, from_browse_url, positions_from, with_defaults, written_in


def attachment(content, name):
    _, content_type, extension = FORMATS[name]
    response = HttpResponse(render_digest(content, name), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{content.filename(extension)}"'
    return response


class BuilderView(StaffPermissionRequired, View):
    permission = "newsletter.add_digest"
    template_name = "newsletter/builder.html"

    def get(self, request):
        if "from" in request.GET:
            params = from_browse_url(request.GET["from"], request.GET.get("language"))
            if params is not None:
                return redirect(f"{request.path}?{params.urlencode()}")
        selection = Selection(request, with_defaults(request.GET))
        return self.page(selection, title=self.default_title(selection), intro="")

    def post(self, request):
        selection = Selection(request, request.POST)
        chosen = set(request.POST.getlist("item"))
        selection.arrange(chosen, positions_from(request.POST))
        title = request.POST.get("title", "").strip()[:200] or self.default_title(selection)
        intro = request.POST.get("intro", "").strip()
        action = request.POST.get("action")
        if not selection.is_valid or action not in ("save", *FORMATS):
            return self.page(selection, title=title, intro=intro)
        content = DigestContent(
            title,
            intro,
            selection.since,
            selection.until,
            selection.included,
            request.build_absolute_uri("/"),
            selection.language,
        )
        if not content.count:
            messages.error(request, gettext("Tick at least one record: the digest is empty."))
            return self.page(selection, title=title, intro=intro)
        if action == "save":
            digest = self.save(selection, title, intro)
            messages.success(
                request,
                # Translators: %(digest)s is the title the editor gave the digest.
                gettext("Saved “%(digest)s”. The next digest starts where this one ends.") % {"digest": digest},
            )
            return redirect(digest)
        return attachment(content, action)

    def page(self, selection, **context):
        latest = Digest.objects.order_by("-until").first()
        return render(self.request, self.template_name, {"selection": selection, "latest": latest, **context})

    @staticmethod
    def default_title(selection):
        """A title in the digest's own language, naming the month the period ends in."""
        if not selection.is_valid:
            return ""
        with written_in(selection.language):
            # Translators: the suggested title of a newsletter digest; %(month)s is e.g. "November 2026".
            return gettext("ASM Knowledge Portal digest — %(month)s") % {
                "month": date_format(selection.until, "YEAR_MONTH_FORMAT")
            }

    @transaction.atomic
    def save(self, selection, title, intro):
        digest = Digest.objects.create(
            title=title,
            intro=intro,
            since=selection.since,
            until=selection.until,
            criteria=selection.criteria(),
            created_by=self.request.user,
        )
        items = []
        for section, entries in selection.included:
            content_type = ContentType.objects.get_for_model(section.model)
            for entry in entries:
                items.append(
                    DigestItem(
                        digest=digest,
                        content_type=content_type,
                        object_id=int(entry.key.partition(":")[2]),
                        position=len(items) + 1,
                    )
                )
        DigestItem.objects.bulk_create(items)
        return digest


class DigestListView(StaffPermissionRequired, ListView):
    permission = "newsletter.view_digest"
    queryset = (
        Digest.objects.select_related("created_by").annotate(item_count=Count("items")).order_by("-until", "-created")
    )
    paginate_by = 25
    template_name = "newsletter/digest_list.html"


class SavedDigestMixin(StaffPermissionRequired):
    permission = "newsletter.view_digest"

    def get_object(self):
        try:
            return Digest.objects.select_related("created_by").get(pk=self.kwargs["pk"])
        except Digest.DoesNotExist:
            raise Http404("No digest with that number.") from None

    def content(self, digest):
        """The saved digest as it reads now, in its own language (or the one asked for: ?language=fr)."""
        language = saved_language(digest, self.request.GET.get("language"))
        sections, self.missing = saved_sections(digest, self.request.build_absolute_uri, language)
        return DigestContent(
            digest.title,
            digest.intro,
            digest.since,
            digest.until,
            sections,
            self.request.build_absolute_uri("/"),
            language,
        )


class DigestDetailView(SavedDigestMixin, DetailView):
    template_name = "newsletter/digest_detail.html"
    context_object_name = "digest"

    def get_context_data(self, **kwargs):
        content = self.content(self.object)
        send = NewsletterSend.objects.filter(digest=self.object).first()
        subscribers = Subscription.objects.newsletter().active()
        by_language = dict(subscribers.values_list("language").annotate(n=Count("pk")).order_by())
        return super().get_context_data(
            content=content,
            missing=self.missing,
            send=send,
            tally=send.tally() if send else {},
            subscriber_count=subscribers.count(),
            subscribers_by_language=[
                (code, name, by_language[code]) for code, name in LANGUAGES if code in by_language
            ],
            languages=LANGUAGES,
            rate=settings.NEWSLETTER_RATE_PER_MINUTE,
            **kwargs,
        )


@method_decorator(xframe_options_sameorigin, name="dispatch")
class DigestEmailView(SavedDigestMixin, View):
    """The email as it will look, for the preview frame on the digest's page."""

    def get(self, request, pk):
        response = HttpResponse(render_digest(self.content(self.get_object()), "html"))
        # The email needs its inline styles; nothing else may load or run inside the preview.
        response["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'"
        )
        return response


class DigestDownloadView(SavedDigestMixin, View):
    def get(self, request, pk, extension):
        if extension not in EXTENSIONS:
            raise Http404("No such format.")
        return attachment(self.content(self.get_object()), EXTENSIONS[extension])
