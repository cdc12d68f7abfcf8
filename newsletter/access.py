from django.contrib.auth.mixins import UserPassesTestMixin


class StaffPermissionRequired(UserPassesTestMixin):
    """Staff with `permission`; others signed in get 403, anonymous visitors the sign-in page."""

    permission = None

    def test_func(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm(self.permission)
