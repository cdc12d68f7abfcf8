def digest_builder(request):
    """Lets any listing page offer "Use in a newsletter digest" to those who may build one."""
    user = getattr(request, "user", None)
    if user is not None and user.is_staff and user.has_perm("newsletter.add_digest"):
        from django.urls import reverse

        return {"digest_builder_url": reverse("newsletter:builder")}
    return {}
