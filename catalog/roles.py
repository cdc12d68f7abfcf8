def group_by_role(role_rows, role_choices):
    """[(role label, [organisations])] in the order the roles are declared, skipping empty roles.

    Works on prefetched rows, so it costs no query.
    """
    grouped = {value: [] for value in role_choices.values}
    for row in role_rows:
        grouped[row.role].append(row.organisation)
    return [(role_choices(value).label, orgs) for value, orgs in grouped.items() if orgs]
