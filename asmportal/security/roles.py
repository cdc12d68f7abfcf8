"""The two staff roles. Curators prepare records; Editors also decide what the public sees."""

CURATORS = "Curators"
EDITORS = "Editors"

CONTENT = {
    "interventions": ["intervention"],
    "events": ["event"],
    "publications": ["publication"],
}
# Rows edited inline on a record's page: removing one is part of editing the record.
INLINE_ROWS = {
    "interventions": ["interventionrole"],
    "events": ["eventorganiser"],
    "publications": ["publicationauthor", "publicationorganisation"],
}
# A record's sources, edited inline like its organisations (granted by migration 0002: the tables
# came after the groups).
SOURCES = {
    "interventions": ["interventionsource"],
    "events": ["eventsource"],
    "publications": ["publicationsource"],
}
SOURCE_ACTIONS = ["view", "add", "change", "delete"]
# The queue of visitors' suggestions: both roles work it (granted by suggestions' migration 0002).
SUGGESTIONS = {"suggestions": ["suggestion"]}
SUGGESTION_ACTIONS = ["view", "change"]
CURATED_VOCABULARIES = {"catalog": ["organisation", "topic"]}
SEEDED_VOCABULARIES = {"catalog": ["country", "mineral", "areaofwork", "language"]}


def _codenames(models_by_app, actions):
    return [
        (app, f"{action}_{model}") for app, models in models_by_app.items() for model in models for action in actions
    ]


def curator_permissions():
    return (
        _codenames(CONTENT, ["view", "add", "change"])
        + _codenames(INLINE_ROWS, ["view", "add", "change", "delete"])
        + _codenames(SOURCES, SOURCE_ACTIONS)
        + _codenames(SUGGESTIONS, SUGGESTION_ACTIONS)
        + _codenames(CURATED_VOCABULARIES, ["view", "add", "change"])
        + _codenames(SEEDED_VOCABULARIES, ["view"])
    )


def editor_permissions():
    # Editors also build newsletter digests; newsletter's own migration grants those permissions.
    return (
        curator_permissions()
        + [(app, f"publish_{model}") for app, models in CONTENT.items() for model in models]
        + _codenames(CONTENT, ["delete"])
        + _codenames(CURATED_VOCABULARIES, ["delete"])
        + _codenames(SEEDED_VOCABULARIES, ["add", "change"])
    )


def sync_groups(apps):
    """Give both groups exactly the permissions above whose models exist by now (creating the groups).
    A model a later migration adds gets its permissions from a migration of its own (0002: sources)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in [(CURATORS, curator_permissions()), (EDITORS, editor_permissions())]:
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for app_label, codename in wanted:
            found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if found is not None:
                permissions.append(found)
        group.permissions.set(permissions)


def grant(apps, codenames):
    """Add these (app label, codename) permissions to both groups, leaving their others as they are
    (newsletter's migration grants Editors the digest permissions)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in codenames]
    for group in Group.objects.filter(name__in=[CURATORS, EDITORS]):
        group.permissions.add(*wanted)
