from django.contrib.auth.mixins import UserPassesTestMixin

from asmportal.security.two_factor import second_factor_satisfied


class StaffPermissionRequired(UserPassesTestMixin):
    """Staff with `permission` (and their code, where two-factor sign-in is due); others signed in get
    403, anonymous visitors the sign-in page."""

    permission = None

    def test_func(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm(self.permission) and second_factor_satisfied(user)
