"""French and Spanish names of the seeded vocabularies (catalog/seed.py), as plain data.

Keys are the seeded rows' stable identifiers: an area of work's number, a mineral's or a topic's
slug. The English stays in the database; these are shown in its place on /fr/ and /es/.

Vocabulary follows the ILO's French and Spanish usage: "travail des enfants" / "trabajo
infantil", "travail forcé" / "trabajo forzoso", "sécurité et santé au travail" / "seguridad y
salud en el trabajo", "devoir de diligence" / "debida diligencia", "protection sociale" /
"protección social", "formalisation" / "formalización"; artisanal and small-scale mining is
"exploitation minière artisanale et à petite échelle (EMAPE)" / "minería artesanal y en pequeña
escala (MAPE)". Apostrophes are straight ('), as in the English data.
"""

# The nine areas of work of the 2020 ILO mapping: a short facet label and the mapping's wording.
AREAS = {
    1: {
        "fr": {
            "name": "Approche territoriale",
            "description": "Approche territoriale (zones exemptes de travail des enfants).",
        },
        "es": {
            "name": "Enfoque territorial",
            "description": "Trabajo con enfoque territorial (zonas libres de trabajo infantil).",
        },
    },
    2: {
        "fr": {
            "name": "Dialogue social et partage d'informations",
            "description": "Dialogue social et partage d'informations.",
        },
        "es": {
            "name": "Diálogo social e intercambio de información",
            "description": "Diálogo social e intercambio de información.",
        },
    },
    3: {
        "fr": {
            "name": "Éducation et sensibilisation",
            "description": "Éducation de qualité, inclusive et équitable, et sensibilisation.",
        },
        "es": {
            "name": "Educación y sensibilización",
            "description": "Educación inclusiva, equitativa y de calidad, y sensibilización.",
        },
    },
    4: {
        "fr": {
            "name": "Législation, normes et bonnes pratiques",
            "description": (
                "Législation, normes sectorielles, lignes directrices, boîtes à outils, initiatives multipartites "
                "et promotion des bonnes pratiques, y compris la formalisation et la traçabilité."
            ),
        },
        "es": {
            "name": "Legislación, normas y buenas prácticas",
            "description": (
                "Legislación, normas de la industria, directrices, herramientas, iniciativas de múltiples partes "
                "interesadas y promoción de buenas prácticas, incluidas la formalización y la trazabilidad."
            ),
        },
    },
    5: {
        "fr": {
            "name": "Droits humains, genre, communauté et famille",
            "description": "Action fondée sur les droits humains, le genre, la communauté et la famille.",
        },
        "es": {
            "name": "Derechos humanos, género, comunidad y familia",
            "description": "Trabajo basado en los derechos humanos, el género, la comunidad y la familia.",
        },
    },
    6: {
        "fr": {
            "name": "Recherche et suivi",
            "description": "Recherche, suivi, études de référence et études de perception.",
        },
        "es": {
            "name": "Investigación y seguimiento",
            "description": "Investigación, seguimiento, estudios de línea de base y estudios de percepción.",
        },
    },
    7: {
        "fr": {"name": "Investissement et financement", "description": "Investissement et financement."},
        "es": {"name": "Inversión y financiación", "description": "Inversión y financiación."},
    },
    8: {
        "fr": {
            "name": "Conseil technique, plaidoyer et renforcement des capacités",
            "description": (
                "Conseil technique et plaidoyer, renforcement des capacités et appui technique pour améliorer "
                "la productivité, les conditions de travail, la décontamination des terres, etc."
            ),
        },
        "es": {
            "name": "Asesoramiento técnico, incidencia y fortalecimiento de capacidades",
            "description": (
                "Asesoramiento técnico e incidencia, fortalecimiento de capacidades y apoyo técnico para mejorar "
                "la productividad, las condiciones de trabajo, la descontaminación de tierras, etc."
            ),
        },
    },
    9: {
        "fr": {
            "name": "Travail décent et protection sociale",
            "description": (
                "Travail décent pour les adultes et les jeunes, et systèmes de protection sociale, "
                "y compris des programmes de nutrition et de santé."
            ),
        },
        "es": {
            "name": "Trabajo decente y protección social",
            "description": (
                "Trabajo decente para personas adultas y jóvenes, y sistemas de protección social, "
                "incluidos programas de nutrición y salud."
            ),
        },
    },
}

# Facet labels, capitalised like the English ("Gold").
MINERALS = {
    "gold": {"fr": "Or", "es": "Oro"},
    "silver": {"fr": "Argent", "es": "Plata"},
    "cobalt": {"fr": "Cobalt", "es": "Cobalto"},
    "lithium": {"fr": "Lithium", "es": "Litio"},
    "copper": {"fr": "Cuivre", "es": "Cobre"},
    "tin": {"fr": "Étain", "es": "Estaño"},
    "tantalum": {"fr": "Tantale (coltan)", "es": "Tántalo (coltán)"},
    "tungsten": {"fr": "Tungstène", "es": "Tungsteno"},
    "mica": {"fr": "Mica", "es": "Mica"},
    "diamonds": {"fr": "Diamants", "es": "Diamantes"},
    "coloured-gemstones": {"fr": "Pierres précieuses de couleur", "es": "Piedras preciosas de color"},
    "jade": {"fr": "Jade", "es": "Jade"},
    "sand-and-gravel": {"fr": "Sable et gravier", "es": "Arena y grava"},
    "other-minerals": {"fr": "Autres minerais", "es": "Otros minerales"},
}

# The mineral with its article, for a heading after "sur" / "sobre":
# "Publications sur l'or au Ghana", "Publicaciones sobre el oro en Ghana".
# Mica is masculine in French (le mica) and feminine in Spanish (la mica).
# "Other minerals" reads best without an article in Spanish ("sobre otros minerales").
MINERAL_ARTICLES = {
    "gold": {"fr": "l'or", "es": "el oro"},
    "silver": {"fr": "l'argent", "es": "la plata"},
    "cobalt": {"fr": "le cobalt", "es": "el cobalto"},
    "lithium": {"fr": "le lithium", "es": "el litio"},
    "copper": {"fr": "le cuivre", "es": "el cobre"},
    "tin": {"fr": "l'étain", "es": "el estaño"},
    "tantalum": {"fr": "le tantale (coltan)", "es": "el tántalo (coltán)"},
    "tungsten": {"fr": "le tungstène", "es": "el tungsteno"},
    "mica": {"fr": "le mica", "es": "la mica"},
    "diamonds": {"fr": "les diamants", "es": "los diamantes"},
    "coloured-gemstones": {"fr": "les pierres précieuses de couleur", "es": "las piedras preciosas de color"},
    "jade": {"fr": "le jade", "es": "el jade"},
    "sand-and-gravel": {"fr": "le sable et le gravier", "es": "la arena y la grava"},
    "other-minerals": {"fr": "les autres minerais", "es": "otros minerales"},
}

# The seeded topics (catalog/seed.py) and the two the demo content adds
# (asmportal/operations/demo_content/organisations.py).
TOPICS = {
    "child-labour": {"fr": "Travail des enfants", "es": "Trabajo infantil"},
    "forced-labour": {"fr": "Travail forcé", "es": "Trabajo forzoso"},
    "occupational-safety-and-health": {
        "fr": "Sécurité et santé au travail",
        "es": "Seguridad y salud en el trabajo",
    },
    "mercury": {"fr": "Mercure", "es": "Mercurio"},
    "gender": {"fr": "Genre", "es": "Género"},
    "formalisation": {"fr": "Formalisation", "es": "Formalización"},
    "traceability": {"fr": "Traçabilité", "es": "Trazabilidad"},
    "due-diligence": {"fr": "Devoir de diligence", "es": "Debida diligencia"},
    "education": {"fr": "Éducation", "es": "Educación"},
    "social-protection": {"fr": "Protection sociale", "es": "Protección social"},
    "human-trafficking": {"fr": "Traite des êtres humains", "es": "Trata de personas"},
    "outside-asm": {"fr": "Hors EMAPE", "es": "Fuera de la MAPE"},
}
