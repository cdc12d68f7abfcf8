"""Local accounts for trying the portal: an admin, a curator and an editor. Development only."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from asmportal.security.roles import CURATORS, EDITORS

ACCOUNTS = [("admin", None), ("curator", CURATORS), ("editor", EDITORS)]


class Command(BaseCommand):
    help = "Create (or reset) local admin, curator and editor accounts with a fresh generated password."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing: local accounts are only created under development settings (DEBUG on).")
        password = secrets.token_urlsafe(12)
        User = get_user_model()
        for username, group_name in ACCOUNTS:
            user, _ = User.objects.get_or_create(username=username, defaults={"email": f"{username}@localhost"})
            user.is_staff = True
            user.is_superuser = group_name is None
            user.set_password(password)
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
        self.stdout.write(
            self.style.SUCCESS(
                f"Local accounts admin / curator / editor, password: {password}  (new at every run; development only)"
            )
        )
