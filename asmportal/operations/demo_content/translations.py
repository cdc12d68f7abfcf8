"""French and Spanish titles and summaries of the demo records, keyed by slug.

Included (67 of the 96 demo records): all 34 interventions (planetGOLD, Better Gold Initiative,
CRAFT Code, Fairmined, Responsible Mica Initiative, Fair Cobalt Alliance, EPRM, IIED's ASM
knowledge programme, the ILO's CARING Gold Mining, ACCEL Africa and COTECCO projects, and the
rest); all 18 events (the Manila 2019 knowledge-sharing meeting, the three #shareASM digital
days, IIED's visioning workshop and action dialogues, and the other meetings); and 15
publications: the 2020 ILO mapping, the OECD Due Diligence Guidance, IIED's three
announcements of its ASM days and the Tanzania photobook (all from the seed material), the
documents with a checked French title (OECD on cobalt and copper in the DRC, Human Rights Watch
on Mali), three ILO and OECD texts on child labour in mining, and the four items of the
neighbouring resource library that lie outside ASM.

Not included: the other 29 publications (Human Rights Watch on Tanzania and Ghana, Amnesty
International, SOMO, the World Bank's State of the ASM Sector, IGF, CARING Gold fact sheets and
baseline reports, the ILO's 1999, 2005 and 2007 texts, IIED blogs and newsletter, the CRAFT Code
versions, UNEP, the OECD-IPIS report of 2015). Their English is sourced and could be translated
faithfully; they were left for a later pass for lack of time, and because nearly all are
English-only documents whose original title readers should meet first. Only the title and
summary are translated, not the longer fields (description, approach, lessons learned, gaps,
outcomes, curator notes), which stay in English.

Translations say what the English says, no more. Names stay as they are: organisations
(Human Rights Watch, Pact, Fairphone…), programmes and brands (planetGOLD, ACCEL Africa, Delve,
Golden Line, Moyo Gems, Minors out of Mining…) and hashtags (#shareASM). UN bodies take their
French and Spanish names and acronyms (OIT, PNUD, ONUDI, PNUE / PNUMA, FEM / FMAM, OCDE).

Titles: where a document has an official French or Spanish title that could be checked, it is
used, and the slug is listed in OFFICIAL_TITLES; every other translated title is descriptive (the
document itself exists only in English, or in the languages its record lists), so a page should
show the original title beside it.

Terms follow ILO usage: "travail des enfants" / "trabajo infantil", "pires formes de travail des
enfants" / "peores formas de trabajo infantil", "exploitation minière artisanale et à petite
échelle (EMAPE)" / "minería artesanal y en pequeña escala (MAPE)", "sécurité et santé au
travail" / "seguridad y salud en el trabajo", "devoir de diligence" / "debida diligencia",
"chaîne d'approvisionnement" / "cadena de suministro", "formalisation" / "formalización".
For gold, the Minamata Convention's wording: "extraction minière artisanale et à petite échelle
d'or (EMAPE)" / "extracción de oro artesanal y en pequeña escala (EOAPE)" where the English
uses ASGM as a term.
"""

# Titles in French or Spanish that are the document's own: checked against the publisher's page,
# except PABEA-COBALT, the French name its acronym stands for (from memory of the African
# Development Bank's usage; a curator should confirm it).
OFFICIAL_TITLES = {
    "oecd-due-diligence-guidance-minerals-third-edition": {"fr", "es"},
    "oecd-interconnected-supply-chains-cobalt-copper-drc-2019": {"fr"},
    "hrw-a-poisonous-mix-2011": {"fr"},
    "pabea-cobalt": {"fr"},
}

# No demo record was first written in French or Spanish: every title and summary is English.
# Two names come from those languages, and their translation keeps them: PABEA-COBALT (an
# African Development Bank project whose name is French) and Somos Tesoro (Spanish).
ORIGINAL_LANGUAGE = {}

RECORDS = {
    # Interventions --------------------------------------------------------------------------------
    "planetgold": {
        "fr": {
            "title": "planetGOLD",
            "summary": (
                "Programme soutenu par le Fonds pour l'environnement mondial et dirigé par le Programme des "
                "Nations Unies pour l'environnement avec l'ONUDI, le PNUD et Conservation International, qui "
                "s'emploie à éliminer le mercure des chaînes d'approvisionnement de l'or artisanal et à petite "
                "échelle par la formalisation, les technologies sans mercure, l'accès aux marchés et le "
                "financement."
            ),
        },
        "es": {
            "title": "planetGOLD",
            "summary": (
                "Programa apoyado por el Fondo para el Medio Ambiente Mundial y dirigido por el Programa de las "
                "Naciones Unidas para el Medio Ambiente con la ONUDI, el PNUD y Conservation International, que "
                "trabaja para eliminar el mercurio de las cadenas de suministro del oro artesanal y en pequeña "
                "escala mediante la formalización, tecnologías sin mercurio, el acceso a los mercados y la "
                "financiación."
            ),
        },
    },
    "better-gold-initiative": {
        "fr": {
            "title": "Better Gold Initiative pour l'exploitation minière artisanale et à petite échelle",
            "summary": (
                "Partenariat public-privé créé en 2013 par le Secrétariat d'État suisse à l'économie (SECO) et la "
                "Swiss Better Gold Association pour bâtir des chaînes de valeur de l'or responsables, des mines "
                "artisanales et à petite échelle jusqu'au marché suisse : d'abord au Pérou, puis en Colombie et "
                "en Bolivie."
            ),
        },
        "es": {
            "title": "Better Gold Initiative para la minería artesanal y en pequeña escala",
            "summary": (
                "Alianza público-privada creada en 2013 por la Secretaría de Estado de Economía de Suiza (SECO) y "
                "la Swiss Better Gold Association para construir cadenas de valor del oro responsables, desde las "
                "minas artesanales y en pequeña escala hasta el mercado suizo: primero en el Perú, luego en "
                "Colombia y Bolivia."
            ),
        },
    },
    "craft-code": {
        "fr": {
            "title": "Code CRAFT",
            "summary": (
                "Code élaboré par l'Alliance for Responsible Mining et RESOLVE, dont la version 1.0 a paru en "
                "2018 avec le soutien de l'European Partnership for Responsible Minerals, qui permet aux "
                "producteurs artisanaux et à petite échelle et à leurs acheteurs d'évaluer les risques critiques "
                "et de les réduire progressivement, en appliquant le Guide OCDE sur le devoir de diligence au "
                "niveau du site minier."
            ),
        },
        "es": {
            "title": "Código CRAFT",
            "summary": (
                "Código elaborado por la Alliance for Responsible Mining y RESOLVE, cuya versión 1.0 se publicó "
                "en 2018 con el apoyo de la European Partnership for Responsible Minerals, que permite a los "
                "productores artesanales y en pequeña escala y a sus compradores evaluar los riesgos críticos y "
                "reducirlos progresivamente, aplicando la Guía de Debida Diligencia de la OCDE en el sitio "
                "minero."
            ),
        },
    },
    "fairmined": {
        "fr": {
            "title": "Standard Fairmined",
            "summary": (
                "Norme de certification de l'Alliance for Responsible Mining pour l'or et les métaux précieux "
                "associés provenant d'organisations de l'exploitation minière artisanale et à petite échelle, "
                "publiée le 5 avril 2014 ; les organisations certifiées reçoivent un prix minimum et une prime."
            ),
        },
        "es": {
            "title": "Estándar Fairmined",
            "summary": (
                "Estándar de certificación de la Alliance for Responsible Mining para el oro y los metales "
                "preciosos asociados procedentes de organizaciones de minería artesanal y en pequeña escala, "
                "publicado el 5 de abril de 2014; las organizaciones certificadas reciben un precio mínimo y una "
                "prima."
            ),
        },
    },
    "responsible-mica-initiative": {
        "fr": {
            "title": "Responsible Mica Initiative",
            "summary": (
                "Coalition d'entreprises et d'organisations de la société civile, créée en 2017, qui œuvre pour "
                "une chaîne d'approvisionnement en mica équitable, responsable et durable, exempte de travail des "
                "enfants, dans les États du Jharkhand et du Bihar, en Inde, au moyen de normes applicables sur "
                "les lieux de travail, de programmes d'autonomisation des communautés et d'un cadre juridique."
            ),
        },
        "es": {
            "title": "Responsible Mica Initiative",
            "summary": (
                "Coalición de empresas y organizaciones de la sociedad civil, creada en 2017, que trabaja por una "
                "cadena de suministro de mica justa, responsable y sostenible, libre de trabajo infantil, en "
                "Jharkhand y Bihar (India), mediante normas para los lugares de trabajo, programas de "
                "empoderamiento comunitario y un marco jurídico."
            ),
        },
    },
    "fair-cobalt-alliance": {
        "fr": {
            "title": "Fair Cobalt Alliance",
            "summary": (
                "Plateforme d'action multipartite lancée en août 2020 pour améliorer l'exploitation artisanale du "
                "cobalt et la vie de ses communautés en République démocratique du Congo : des sites miniers plus "
                "sûrs et plus professionnels, des mines exemptes de travail des enfants à Kolwezi avec la "
                "scolarisation des enfants, et des revenus plus élevés pour les ménages."
            ),
        },
        "es": {
            "title": "Fair Cobalt Alliance",
            "summary": (
                "Plataforma de acción de múltiples partes interesadas lanzada en agosto de 2020 para mejorar la "
                "minería artesanal de cobalto y sus comunidades en la República Democrática del Congo: sitios "
                "mineros más seguros y profesionales, minas libres de trabajo infantil en Kolwezi con la "
                "escolarización de los niños y niñas, e ingresos más altos para los hogares."
            ),
        },
    },
    "european-partnership-for-responsible-minerals": {
        "fr": {
            "title": "European Partnership for Responsible Minerals (EPRM)",
            "summary": (
                "Partenariat multipartite créé en novembre 2016 comme mesure d'accompagnement du règlement de "
                "l'UE sur les minerais de conflit ; il soutient des projets qui améliorent les conditions dans "
                "les zones minières des régions touchées par des conflits et à haut risque, pour l'étain, le "
                "tantale, le tungstène et l'or."
            ),
        },
        "es": {
            "title": "European Partnership for Responsible Minerals (EPRM)",
            "summary": (
                "Alianza de múltiples partes interesadas creada en noviembre de 2016 como medida de "
                "acompañamiento del reglamento de la UE sobre minerales de conflicto; apoya proyectos que mejoran "
                "las condiciones en las zonas mineras de áreas de conflicto o de alto riesgo, para el estaño, el "
                "tántalo, el tungsteno y el oro."
            ),
        },
    },
    "iied-asm-knowledge-programme": {
        "fr": {
            "title": "Programme de connaissances de l'IIED sur l'exploitation minière artisanale et à petite échelle",
            "summary": (
                "Programme de l'IIED de dialogues pour l'action multipartites au Ghana, en Tanzanie et à "
                "Madagascar et de journées numériques #shareASM ouvertes à tous, qui renforce la communication, "
                "la collaboration et la confiance entre les acteurs de l'EMAPE, mineurs compris. L'étape suivante "
                "prévue en 2018 était la région amazonienne."
            ),
        },
        "es": {
            "title": "Programa de conocimiento del IIED sobre minería artesanal y en pequeña escala",
            "summary": (
                "Programa del IIED de diálogos para la acción de múltiples partes interesadas en Ghana, Tanzania "
                "y Madagascar y de jornadas digitales #shareASM abiertas, que fortalece la comunicación, la "
                "colaboración y la confianza entre los actores de la MAPE, incluidos los propios mineros. El "
                "siguiente paso previsto en 2018 era la región amazónica."
            ),
        },
    },
    "caring-gold-mining-project": {
        "fr": {
            "title": (
                "Réunir les parties prenantes pour élaborer et mettre en œuvre des stratégies visant à réduire le "
                "travail des enfants et à améliorer les conditions de travail dans l'extraction minière "
                "artisanale et à petite échelle d'or (projet CARING Gold Mining)"
            ),
            "summary": (
                "Projet de l'OIT financé par le Département du travail des États-Unis (5 millions USD, de "
                "décembre 2015 à mars 2020) qui a réuni les parties prenantes au Ghana, aux Philippines et au "
                "niveau mondial pour réduire le travail des enfants et améliorer les conditions de travail dans "
                "l'extraction minière artisanale et à petite échelle d'or."
            ),
        },
        "es": {
            "title": (
                "Convocar a las partes interesadas para elaborar y aplicar estrategias que reduzcan el trabajo "
                "infantil y mejoren las condiciones de trabajo en la minería de oro artesanal y en pequeña escala "
                "(proyecto CARING Gold Mining)"
            ),
            "summary": (
                "Proyecto de la OIT financiado por el Departamento de Trabajo de los Estados Unidos (USD 5 "
                "millones, de diciembre de 2015 a marzo de 2020) que reunió a las partes interesadas en Ghana, "
                "Filipinas y a nivel mundial para reducir el trabajo infantil y mejorar las condiciones de "
                "trabajo en la minería de oro artesanal y en pequeña escala."
            ),
        },
    },
    "minors-out-of-mining": {
        "fr": {
            "title": (
                "Minors out of Mining : partenariat pour une action mondiale contre le travail des enfants dans "
                "les mines à petite échelle"
            ),
            "summary": (
                "Initiative tripartite lancée par l'OIT en juin 2005, autour de la Journée mondiale contre le "
                "travail des enfants consacrée aux mines et aux carrières, appelant les gouvernements, les "
                "travailleurs et les employeurs à éliminer en cinq à dix ans le travail des enfants dans les "
                "mines et les carrières à petite échelle."
            ),
        },
        "es": {
            "title": (
                "Minors out of Mining: alianza para la acción mundial contra el trabajo infantil en la minería en "
                "pequeña escala"
            ),
            "summary": (
                "Iniciativa tripartita lanzada por la OIT en junio de 2005, en torno al Día mundial contra el "
                "trabajo infantil dedicado a las minas y canteras, que instaba a los gobiernos, los trabajadores "
                "y los empleadores a eliminar en un plazo de cinco a diez años el trabajo infantil en la minería "
                "y las canteras en pequeña escala."
            ),
        },
    },
    "accel-africa": {
        "fr": {
            "title": (
                "Accélérer l'action pour l'élimination du travail des enfants dans les chaînes "
                "d'approvisionnement en Afrique (ACCEL Africa)"
            ),
            "summary": (
                "Projet de l'OIT financé par le gouvernement des Pays-Bas pour éliminer le travail des enfants "
                "dans les chaînes d'approvisionnement en Afrique, y compris dans l'exploitation artisanale de "
                "l'or au Mali, au Nigeria et en Côte d'Ivoire, où il soutient la formalisation du secteur, les "
                "enfants, les parents et les communautés."
            ),
        },
        "es": {
            "title": (
                "Acelerar la acción para la eliminación del trabajo infantil en las cadenas de suministro en "
                "África (ACCEL Africa)"
            ),
            "summary": (
                "Proyecto de la OIT financiado por el Gobierno de los Países Bajos para eliminar el trabajo "
                "infantil en las cadenas de suministro en África, incluida la minería artesanal de oro en Malí, "
                "Nigeria y Côte d'Ivoire, donde apoya la formalización del sector, a los niños y niñas, a sus "
                "padres y a las comunidades."
            ),
        },
    },
    "delve": {
        "fr": {
            "title": "Delve",
            "summary": (
                "Plateforme mondiale de données ouvertes sur l'exploitation minière artisanale et à petite "
                "échelle, créée par le programme Extractives Global Programmatic Support de la Banque mondiale "
                "avec Pact et lancée à titre pilote en 2017 ; elle est la source des rapports annuels State of "
                "the ASM Sector."
            ),
        },
        "es": {
            "title": "Delve",
            "summary": (
                "Plataforma mundial de datos abiertos sobre la minería artesanal y en pequeña escala, creada por "
                "el programa Extractives Global Programmatic Support del Banco Mundial con Pact y puesta a prueba "
                "en 2017; es la fuente de los informes anuales State of the ASM Sector."
            ),
        },
    },
    "golden-line": {
        "fr": {
            "title": "Golden Line",
            "summary": (
                "Programme quinquennal (2016-2020) de Solidaridad, Simavi et Healthy Entrepreneurs, avec des "
                "partenaires ghanéens et tanzaniens, pour l'autonomisation sociale et économique des femmes qui "
                "travaillent dans les mines d'or artisanales et à petite échelle du Ghana et de la Tanzanie et "
                "aux alentours."
            ),
        },
        "es": {
            "title": "Golden Line",
            "summary": (
                "Programa de cinco años (2016-2020) de Solidaridad, Simavi y Healthy Entrepreneurs, con socios de "
                "Ghana y Tanzania, para el empoderamiento social y económico de las mujeres que trabajan en las "
                "minas de oro artesanales y en pequeña escala de Ghana y Tanzania y en sus alrededores."
            ),
        },
    },
    "responsible-minerals-initiative": {
        "fr": {
            "title": "Responsible Minerals Initiative",
            "summary": (
                "Initiative industrielle fondée en 2008 par des membres de la Responsible Business Alliance et de "
                "la Global e-Sustainability Initiative, anciennement Conflict-Free Sourcing Initiative, qui "
                "fournit aux entreprises des outils pour un approvisionnement responsable en minerais, au premier "
                "rang desquels des évaluations indépendantes des fonderies et des affineries."
            ),
        },
        "es": {
            "title": "Responsible Minerals Initiative",
            "summary": (
                "Iniciativa de la industria fundada en 2008 por miembros de la Responsible Business Alliance y de "
                "la Global e-Sustainability Initiative, antes llamada Conflict-Free Sourcing Initiative, que "
                "ofrece a las empresas herramientas para un abastecimiento responsable de minerales, sobre todo "
                "evaluaciones independientes de fundiciones y refinerías."
            ),
        },
    },
    "itsci-programme": {
        "fr": {
            "title": "Programme ITSCI pour des chaînes d'approvisionnement responsables en minerais",
            "summary": (
                "Programme de traçabilité et de devoir de diligence pour l'étain, le tantale et le tungstène "
                "issus de mines artisanales et semi-industrielles de la région africaine des Grands Lacs, lancé "
                "en 2009 par l'association de l'industrie de l'étain ITRI pour aider les entreprises en amont à "
                "appliquer le Guide OCDE sur le devoir de diligence."
            ),
        },
        "es": {
            "title": "Programa ITSCI para cadenas de suministro responsables de minerales",
            "summary": (
                "Programa de trazabilidad y debida diligencia para el estaño, el tántalo y el tungsteno de minas "
                "artesanales y semiindustriales de la región africana de los Grandes Lagos, iniciado en 2009 por "
                "la asociación de la industria del estaño ITRI para ayudar a las empresas de la cadena ascendente "
                "a aplicar la Guía de Debida Diligencia de la OCDE."
            ),
        },
    },
    "public-private-alliance-for-responsible-minerals-trade": {
        "fr": {
            "title": "Alliance public-privé pour un commerce responsable des minerais (PPA)",
            "summary": (
                "Alliance multisectorielle de gouvernements, d'entreprises et de la société civile, lancée le 15 "
                "novembre 2011 avec le Département d'État des États-Unis et l'USAID, qui soutient des projets en "
                "RDC et dans la région des Grands Lacs pour bâtir des chaînes d'approvisionnement en minerais "
                "responsables et exemptes de conflit, ainsi que les systèmes de devoir de diligence et de "
                "gouvernance dont elles ont besoin."
            ),
        },
        "es": {
            "title": "Alianza Público-Privada para el Comercio Responsable de Minerales (PPA)",
            "summary": (
                "Alianza multisectorial de gobiernos, empresas y sociedad civil, lanzada el 15 de noviembre de "
                "2011 con el Departamento de Estado de los Estados Unidos y USAID, que apoya proyectos en la RDC "
                "y la región de los Grandes Lagos para construir cadenas de suministro de minerales responsables "
                "y libres de conflicto, y los sistemas de debida diligencia y gobernanza que estas necesitan."
            ),
        },
    },
    "responsible-cobalt-initiative": {
        "fr": {
            "title": "Responsible Cobalt Initiative (RCI)",
            "summary": (
                "Initiative formée en 2016 sous l'égide de la Chambre de commerce chinoise des importateurs et "
                "exportateurs de métaux, minéraux et produits chimiques (CCCMC) pour faire face aux risques "
                "sociaux et environnementaux de la chaîne d'approvisionnement en cobalt, en particulier en "
                "République démocratique du Congo, par le devoir de diligence, la coopération avec les "
                "communautés minières et la communication publique d'informations."
            ),
        },
        "es": {
            "title": "Responsible Cobalt Initiative (RCI)",
            "summary": (
                "Iniciativa formada en 2016 bajo la Cámara de Comercio de China de Importadores y Exportadores de "
                "Metales, Minerales y Productos Químicos (CCCMC) para abordar los riesgos sociales y ambientales "
                "de la cadena de suministro del cobalto, sobre todo en la República Democrática del Congo, "
                "mediante la debida diligencia, la cooperación con las comunidades mineras y la presentación "
                "pública de informes."
            ),
        },
    },
    "cobalt-for-development": {
        "fr": {
            "title": "Cobalt for Development",
            "summary": (
                "Projet pilote mis en œuvre par la GIZ depuis janvier 2019 et financé par BMW Group, BASF, "
                "Samsung SDI, Samsung Electronics et, plus tard, Volkswagen, pour tester comment améliorer les "
                "conditions de vie et de travail dans les mines artisanales de cobalt près de Kolwezi, en RD "
                "Congo, et dans les communautés environnantes."
            ),
        },
        "es": {
            "title": "Cobalt for Development",
            "summary": (
                "Proyecto piloto ejecutado por la GIZ desde enero de 2019 y financiado por BMW Group, BASF, "
                "Samsung SDI, Samsung Electronics y, más tarde, Volkswagen, para probar cómo mejorar las "
                "condiciones de vida y de trabajo en las minas artesanales de cobalto cercanas a Kolwezi, en la "
                "RD del Congo, y en las comunidades vecinas."
            ),
        },
    },
    "just-gold": {
        "fr": {
            "title": "Just Gold",
            "summary": (
                "Projet de Partenariat Afrique Canada qui expérimente la traçabilité et le devoir de diligence "
                "pour l'or artisanal en Ituri, en RD Congo, en apportant aux mineurs une assistance technique et "
                "du matériel en échange de la vente de leur or, par les circuits légaux, à des acheteurs "
                "responsables."
            ),
        },
        "es": {
            "title": "Just Gold",
            "summary": (
                "Proyecto de Partnership Africa Canada que pone a prueba la trazabilidad y la debida diligencia "
                "para el oro artesanal en Ituri (RD del Congo): los mineros reciben asistencia técnica y equipos "
                "a cambio de vender su oro por canales legales a compradores responsables."
            ),
        },
    },
    "artisanal-mining-and-property-rights": {
        "fr": {
            "title": "Exploitation minière artisanale et droits de propriété (AMPR)",
            "summary": (
                "Projet de l'USAID (2018-2021, environ 9,9 millions USD), mis en œuvre par Tetra Tech, qui "
                "soutient des chaînes d'approvisionnement légales et responsables en diamants et en or artisanaux "
                "et la paix dans les zones minières, principalement en République centrafricaine, et apporte une "
                "assistance technique ponctuelle sur l'EMAPE à d'autres missions de l'USAID."
            ),
        },
        "es": {
            "title": "Minería artesanal y derechos de propiedad (AMPR)",
            "summary": (
                "Proyecto de USAID (2018-2021, unos USD 9,9 millones), ejecutado por Tetra Tech, que apoya "
                "cadenas de suministro legales y responsables de diamantes y oro artesanales y la paz en las "
                "zonas mineras, principalmente en la República Centroafricana, y presta asistencia técnica "
                "puntual sobre la MAPE a otras misiones de USAID."
            ),
        },
    },
    "promines": {
        "fr": {
            "title": "Projet d'appui au secteur minier (PROMINES)",
            "summary": (
                "Projet d'assistance technique de la Banque mondiale en République démocratique du Congo (don de "
                "l'IDA équivalant à 50 millions de dollars des États-Unis, approuvé en juillet 2010, clos en "
                "décembre 2018), cofinancé par le ministère britannique du Développement international, pour "
                "renforcer la gestion du secteur minier et accroître les retombées socio-économiques de "
                "l'exploitation minière artisanale et industrielle."
            ),
        },
        "es": {
            "title": "Crecimiento con gobernanza en el sector minero (PROMINES)",
            "summary": (
                "Proyecto de asistencia técnica del Banco Mundial en la República Democrática del Congo (donación "
                "de la AIF equivalente a USD 50 millones, aprobada en julio de 2010 y cerrada en diciembre de "
                "2018), cofinanciado por el Departamento para el Desarrollo Internacional del Reino Unido, para "
                "fortalecer la gestión del sector minero y aumentar los beneficios socioeconómicos de la minería "
                "artesanal e industrial."
            ),
        },
    },
    "fairtrade-gold": {
        "fr": {
            "title": "Or Fairtrade",
            "summary": (
                "Certification de l'or et des métaux précieux associés provenant d'organisations de "
                "l'exploitation minière artisanale et à petite échelle selon le Standard Fairtrade pour l'or et "
                "les métaux précieux associés de Fairtrade International ; les mineurs certifiés reçoivent le "
                "prix minimum Fairtrade et une prime Fairtrade."
            ),
        },
        "es": {
            "title": "Oro Fairtrade",
            "summary": (
                "Certificación del oro y los metales preciosos asociados procedentes de organizaciones de minería "
                "artesanal y en pequeña escala según el Criterio de Fairtrade para Oro y Metales Preciosos "
                "Asociados de Fairtrade International; los mineros certificados reciben el Precio Mínimo "
                "Fairtrade y una Prima Fairtrade."
            ),
        },
    },
    "child-friendly-villages": {
        "fr": {
            "title": "Bal Mitra Gram (villages amis des enfants) dans les zones d'extraction du mica",
            "summary": (
                "La Kailash Satyarthi Children's Foundation applique son modèle de village ami des enfants (Bal "
                "Mitra Gram) dans des villages dépendant du mica des districts de Koderma et de Giridih, au "
                "Jharkhand, où elle travaille depuis 2005, pour soustraire les enfants à la collecte du mica et "
                "les scolariser."
            ),
        },
        "es": {
            "title": "Bal Mitra Gram (aldeas amigas de la infancia) en zonas de extracción de mica",
            "summary": (
                "La Kailash Satyarthi Children's Foundation aplica su modelo de aldea amiga de la infancia (Bal "
                "Mitra Gram) en aldeas que dependen de la mica en los distritos de Koderma y Giridih (Jharkhand), "
                "donde trabaja desde 2005, para sacar a los niños y niñas de la recolección de mica y llevarlos a "
                "la escuela."
            ),
        },
    },
    "certified-trading-chains": {
        "fr": {
            "title": "Chaînes de commerce certifiées (CTC) dans la production minière",
            "summary": (
                "Système de certification pour une production et un commerce responsables des minerais, "
                "principalement l'étain, le tantale, le tungstène et l'or, mis au point par l'Institut fédéral "
                "allemand des géosciences et des ressources naturelles (BGR) et expérimenté au Rwanda à partir de "
                "septembre 2008 puis, sous une forme adaptée, en RDC."
            ),
        },
        "es": {
            "title": "Cadenas comerciales certificadas (CTC) en la producción minera",
            "summary": (
                "Sistema de certificación para la producción y el comercio responsables de minerales, "
                "principalmente estaño, tántalo, tungsteno y oro, desarrollado por el Instituto Federal de "
                "Geociencias y Recursos Naturales de Alemania (BGR) y puesto a prueba en Ruanda desde septiembre "
                "de 2008 y, de forma adaptada, en la RDC."
            ),
        },
    },
    "moyo-gems": {
        "fr": {
            "title": "Moyo Gems",
            "summary": (
                "Programme d'approvisionnement responsable en pierres précieuses lancé par Pact en 2019 avec des "
                "partenaires du négoce de pierres, conçu avec et pour les femmes qui travaillent dans les mines "
                "de la vallée d'Umba, en Tanzanie, puis au Kenya, qui met sur le marché des pierres traçables."
            ),
        },
        "es": {
            "title": "Moyo Gems",
            "summary": (
                "Programa de abastecimiento responsable de piedras preciosas lanzado por Pact en 2019 con socios "
                "del comercio de gemas, diseñado con y para las mujeres mineras del valle de Umba (Tanzania) y "
                "después de Kenia, que lleva al mercado gemas trazables."
            ),
        },
    },
    "minamata-asgm-national-action-plans": {
        "fr": {
            "title": (
                "Plans d'action nationaux pour l'extraction minière artisanale et à petite échelle d'or au titre "
                "de la Convention de Minamata"
            ),
            "summary": (
                "Chaque Partie à la Convention de Minamata sur le mercure qui constate que l'extraction minière "
                "artisanale et à petite échelle d'or sur son territoire est plus qu'insignifiante doit élaborer "
                "un plan d'action national pour réduire et, si possible, éliminer l'utilisation du mercure dans "
                "ce secteur ; avec le financement du FEM, le PNUE aide les pays à les préparer."
            ),
        },
        "es": {
            "title": (
                "Planes de acción nacionales para la extracción de oro artesanal y en pequeña escala en el marco "
                "del Convenio de Minamata"
            ),
            "summary": (
                "Cada Parte en el Convenio de Minamata sobre el Mercurio que determine que la extracción de oro "
                "artesanal y en pequeña escala en su territorio es más que insignificante debe elaborar un plan "
                "de acción nacional para reducir y, cuando sea viable, eliminar el uso de mercurio en el sector; "
                "con financiación del FMAM, el PNUMA ayuda a los países a prepararlos."
            ),
        },
    },
    "uganda-gold-partnership": {
        "fr": {
            "title": "Uganda Gold Partnership",
            "summary": (
                "Partenariat dirigé par Fairphone avec Stop Child Labour (Hivos), l'UNICEF, la Fairtrade "
                "Foundation, Royal Philips et Solidaridad, soutenu par l'Agence néerlandaise pour les "
                "entreprises, qui a travaillé de juillet 2017 à mars 2021 avec des communautés d'orpailleurs de "
                "Busia, en Ouganda, pour prévenir et réduire le travail des enfants et bâtir une chaîne "
                "d'approvisionnement en or traçable."
            ),
        },
        "es": {
            "title": "Uganda Gold Partnership",
            "summary": (
                "Alianza dirigida por Fairphone con Stop Child Labour (Hivos), UNICEF, la Fairtrade Foundation, "
                "Royal Philips y Solidaridad, con el apoyo de la Agencia Neerlandesa de Empresas, que trabajó de "
                "julio de 2017 a marzo de 2021 con comunidades de minería artesanal de oro de Busia (Uganda) para "
                "prevenir y reducir el trabajo infantil y construir una cadena de suministro de oro trazable."
            ),
        },
    },
    "somos-tesoro": {
        "fr": {
            "title": (
                "Somos Tesoro (« Nous sommes un trésor ») : projet de réduction du travail des enfants en Colombie"
            ),
            "summary": (
                "Projet financé par le Département du travail des États-Unis et mené par Pact avec l'Alliance for "
                "Responsible Mining, Fondo Acción et la Fundación Mi Sangre (septembre 2013 - septembre 2020) "
                "pour réduire le travail des enfants dans les communautés d'extraction de charbon et d'or de "
                "Boyacá et d'Antioquia, en Colombie, tout en améliorant la sécurité des mineurs adultes."
            ),
        },
        "es": {
            "title": "Somos Tesoro: proyecto para reducir el trabajo infantil en Colombia",
            "summary": (
                "Proyecto financiado por el Departamento de Trabajo de los Estados Unidos y ejecutado por Pact "
                "con la Alianza por la Minería Responsable, Fondo Acción y la Fundación Mi Sangre (septiembre de "
                "2013 - septiembre de 2020) para reducir el trabajo infantil en comunidades mineras de carbón y "
                "oro de Boyacá y Antioquia (Colombia), mejorando a la vez la seguridad de los mineros adultos."
            ),
        },
    },
    "madagascar-shines": {
        "fr": {
            "title": (
                "Madagascar Shines : réduire le travail des enfants dans les communautés productrices de mica de "
                "Madagascar"
            ),
            "summary": (
                "Projet financé par le Département du travail des États-Unis (4,5 millions USD) et mené par Pact "
                "avec des partenaires locaux de février 2022 à juin 2025 pour réduire le travail des enfants dans "
                "les communautés productrices de mica de la région Anôsy, dans le sud de Madagascar."
            ),
        },
        "es": {
            "title": (
                "Madagascar Shines: reducir el trabajo infantil en las comunidades productoras de mica de Madagascar"
            ),
            "summary": (
                "Proyecto financiado por el Departamento de Trabajo de los Estados Unidos (USD 4,5 millones) y "
                "ejecutado por Pact con socios locales de febrero de 2022 a junio de 2025 para reducir el trabajo "
                "infantil en las comunidades productoras de mica de la región de Anôsy, en el sur de Madagascar."
            ),
        },
    },
    "mica-madagascar-undp": {
        "fr": {
            "title": (
                "Éliminer le travail des enfants dans les communautés productrices de mica et promouvoir un "
                "approvisionnement responsable en mica à Madagascar et dans le monde (MICA)"
            ),
            "summary": (
                "Projet financé par le Département du travail des États-Unis (4,5 millions USD) et dirigé par le "
                "PNUD avec l'UNICEF, Terre des Hommes Netherlands et la Responsible Mica Initiative, pour "
                "éliminer le travail des enfants dans les communautés productrices de mica du sud de Madagascar "
                "et promouvoir une extraction du mica responsable sur les plans environnemental et social."
            ),
        },
        "es": {
            "title": (
                "Eliminar el trabajo infantil en las comunidades productoras de mica y promover el abastecimiento "
                "responsable de mica en Madagascar y en el mundo (MICA)"
            ),
            "summary": (
                "Proyecto financiado por el Departamento de Trabajo de los Estados Unidos (USD 4,5 millones) y "
                "dirigido por el PNUD con UNICEF, Terre des Hommes Netherlands y la Responsible Mica Initiative, "
                "para eliminar el trabajo infantil en las comunidades productoras de mica del sur de Madagascar y "
                "promover una extracción de mica responsable en lo ambiental y lo social."
            ),
        },
    },
    "children-out-of-mining": {
        "fr": {
            "title": "Watoto Inje ya Mungoti (Les enfants hors des mines)",
            "summary": (
                "Projet de Pact dans l'ancienne région du Katanga, en RD Congo, qui s'attaque aux causes "
                "profondes du travail des enfants dans les mines artisanales d'étain, de tantale et de tungstène "
                "autour de Manono, étendu ensuite aux zones d'extraction du cobalt comme Kolwezi, par la "
                "sensibilisation des communautés et la stabilité économique des personnes qui ont la charge des "
                "enfants."
            ),
        },
        "es": {
            "title": "Watoto Inje ya Mungoti (Niños fuera de la minería)",
            "summary": (
                "Proyecto de Pact en la antigua región de Katanga (RD del Congo) que aborda las causas profundas "
                "del trabajo infantil en las minas artesanales de estaño, tántalo y tungsteno de los alrededores "
                "de Manono, ampliado después a zonas de minería de cobalto como Kolwezi, mediante la "
                "sensibilización de la comunidad y la estabilidad económica de las personas a cargo de los niños "
                "y niñas."
            ),
        },
    },
    "pabea-cobalt": {
        "fr": {
            "title": (
                "Projet d'appui au bien-être alternatif des enfants et jeunes impliqués dans la chaîne "
                "d'approvisionnement du cobalt (PABEA-COBALT)"
            ),
            "summary": (
                "Projet de la Banque africaine de développement au Lualaba et au Haut-Katanga, en RD Congo, "
                "approuvé en avril 2019, pour retirer des mines de cobalt environ 14 850 enfants et les réinsérer "
                "socialement, tout en reconvertissant 6 250 jeunes parents dans l'agriculture, et pour soutenir "
                "une chaîne d'approvisionnement en cobalt responsable."
            ),
        },
        "es": {
            "title": (
                "Proyecto de apoyo al bienestar alternativo de los niños y jóvenes involucrados en la cadena de "
                "suministro del cobalto (PABEA-COBALT)"
            ),
            "summary": (
                "Proyecto del Banco Africano de Desarrollo en Lualaba y Alto Katanga (RD del Congo), aprobado en "
                "abril de 2019, para sacar de las minas de cobalto a unos 14 850 niños y niñas y reintegrarlos "
                "socialmente, al tiempo que se forma en agricultura a 6250 padres y madres jóvenes, y para apoyar "
                "una cadena de suministro de cobalto responsable."
            ),
        },
    },
    "sustainable-artisanal-mining-mongolia": {
        "fr": {
            "title": "Projet pour une exploitation minière artisanale durable (SAM)",
            "summary": (
                "Projet lancé en 2005 par le gouvernement de la Mongolie avec la Direction suisse du "
                "développement et de la coopération pour organiser, formaliser et légaliser l'exploitation "
                "minière artisanale et à petite échelle en Mongolie, renforcer les capacités des mineurs et "
                "appliquer une approche fondée sur les droits humains ; sa quatrième phase s'est déroulée de 2015 "
                "à 2019."
            ),
        },
        "es": {
            "title": "Proyecto de Minería Artesanal Sostenible (SAM)",
            "summary": (
                "Proyecto iniciado en 2005 por el Gobierno de Mongolia con la Agencia Suiza para el Desarrollo y "
                "la Cooperación para organizar, formalizar y legalizar la minería artesanal y en pequeña escala "
                "en Mongolia, desarrollar las capacidades de los mineros y aplicar un enfoque basado en los "
                "derechos humanos; su cuarta fase se desarrolló de 2015 a 2019."
            ),
        },
    },
    "cotecco": {
        "fr": {
            "title": (
                "Lutter contre le travail des enfants dans l'industrie du cobalt en République démocratique du "
                "Congo (COTECCO)"
            ),
            "summary": (
                "Projet de l'OIT financé par le Département du travail des États-Unis, à partir d'octobre 2018, "
                "pour réduire le travail des enfants et améliorer les conditions de travail dans l'exploitation "
                "minière artisanale et à petite échelle de la chaîne d'approvisionnement en cobalt de la RD "
                "Congo, centré sur Kolwezi, dans la province du Lualaba."
            ),
        },
        "es": {
            "title": (
                "Combatir el trabajo infantil en la industria del cobalto de la República Democrática del Congo "
                "(COTECCO)"
            ),
            "summary": (
                "Proyecto de la OIT financiado por el Departamento de Trabajo de los Estados Unidos, desde "
                "octubre de 2018, para reducir el trabajo infantil y mejorar las condiciones de trabajo en la "
                "minería artesanal y en pequeña escala de la cadena de suministro del cobalto de la RD del Congo, "
                "centrado en Kolwezi, provincia de Lualaba."
            ),
        },
    },
    # Events ---------------------------------------------------------------------------------------
    "manila-2019-knowledge-sharing-meeting-asgm": {
        "fr": {
            "title": (
                "Réunion interrégionale de partage des connaissances sur le travail des enfants et les conditions "
                "de travail dans l'extraction minière artisanale et à petite échelle d'or (EMAPE)"
            ),
            "summary": (
                "Premier forum interrégional de l'OIT sur le travail des enfants et les conditions de travail "
                "dans l'extraction minière artisanale et à petite échelle d'or, tenu à Manille dans le cadre de "
                "son projet CARING Gold Mining, financé par le Département du travail des États-Unis. Des experts "
                "d'Afrique, d'Asie et d'Amérique du Sud y ont fait le point sur leur expérience, et les "
                "conclusions préliminaires de la cartographie des interventions de 2020 y ont été présentées."
            ),
        },
        "es": {
            "title": (
                "Reunión interregional de intercambio de conocimientos sobre trabajo infantil y condiciones de "
                "trabajo en la extracción de oro artesanal y en pequeña escala (EOAPE)"
            ),
            "summary": (
                "Primer foro interregional de la OIT sobre el trabajo infantil y las condiciones de trabajo en la "
                "extracción de oro artesanal y en pequeña escala, celebrado en Manila en el marco de su proyecto "
                "CARING Gold Mining, financiado por el Departamento de Trabajo de los Estados Unidos. Expertos de "
                "África, Asia y América del Sur hicieron balance de su experiencia, y allí se presentaron las "
                "conclusiones preliminares del mapeo de intervenciones de 2020."
            ),
        },
    },
    "shareasm-digital-day-2015": {
        "fr": {
            "title": "Première journée numérique #shareASM",
            "summary": (
                "Première journée de l'IIED consacrée à l'exploitation minière artisanale et à petite échelle sur "
                "ses réseaux en ligne, sous le hashtag #shareASM, pour élargir aux communautés en ligne l'échange "
                "engagé lors de son atelier de prospective d'avril 2015."
            ),
        },
        "es": {
            "title": "Primera jornada digital #shareASM",
            "summary": (
                "Primera jornada del IIED dedicada a la minería artesanal y en pequeña escala en sus redes en "
                "línea, con el hashtag #shareASM, para ampliar a las comunidades en línea el intercambio iniciado "
                "en su taller de visión de abril de 2015."
            ),
        },
    },
    "shareasm-digital-day-2017": {
        "fr": {
            "title": "Deuxième journée numérique #shareASM",
            "summary": (
                "Deuxième journée en ligne de l'IIED sur l'exploitation minière artisanale et à petite échelle, "
                "sous le hashtag #shareASM : un espace ouvert où les acteurs du monde entier partagent des idées "
                "pour un secteur de l'EMAPE plus sûr, plus inclusif, durable et productif."
            ),
        },
        "es": {
            "title": "Segunda jornada digital #shareASM",
            "summary": (
                "Segunda jornada en línea del IIED sobre la minería artesanal y en pequeña escala, con el hashtag "
                "#shareASM: un espacio abierto para que actores de todo el mundo compartan ideas para un sector "
                "de la MAPE más seguro, inclusivo, sostenible y productivo."
            ),
        },
    },
    "shareasm-digital-day-2018": {
        "fr": {
            "title": "Troisième journée numérique #shareASM",
            "summary": (
                "Un espace ouvert en ligne, sous le hashtag #shareASM, pour partager des idées afin de bâtir un "
                "secteur de l'EMAPE plus sûr, plus inclusif, durable et productif, en reliant les acteurs miniers "
                "du monde entier."
            ),
        },
        "es": {
            "title": "Tercera jornada digital #shareASM",
            "summary": (
                "Un espacio abierto en línea, con el hashtag #shareASM, para compartir ideas con el fin de "
                "construir un sector de la MAPE más seguro, inclusivo, sostenible y productivo, conectando a los "
                "actores de la minería de todo el mundo."
            ),
        },
    },
    "iied-visioning-workshop-asm-2015": {
        "fr": {
            "title": "Atelier de prospective de l'IIED sur l'exploitation minière artisanale et à petite échelle",
            "summary": (
                "Atelier au cours duquel l'IIED a recueilli l'avis d'acteurs du monde entier pour cerner les "
                "priorités de l'exploitation minière artisanale et à petite échelle et déterminer quels pays "
                "tireraient le plus profit d'un dialogue mené au niveau local."
            ),
        },
        "es": {
            "title": "Taller de visión del IIED sobre la minería artesanal y en pequeña escala",
            "summary": (
                "Taller en el que el IIED escuchó a actores de todo el mundo para definir las prioridades de la "
                "minería artesanal y en pequeña escala y valorar qué países se beneficiarían más de un diálogo "
                "impulsado localmente."
            ),
        },
    },
    "iied-action-dialogue-ghana-2016": {
        "fr": {
            "title": "Dialogue pour l'action de l'IIED sur l'EMAPE au Ghana",
            "summary": (
                "Premier dialogue national du programme EMAPE de l'IIED : quatre jours à Tarkwa, dans la région "
                "Occidentale, dont deux jours de visites de sites miniers artisanaux et deux jours de discussions "
                "fondées sur la recherche, organisés par l'ONG ghanéenne Friends of the Nation avec l'appui de "
                "l'IIED."
            ),
        },
        "es": {
            "title": "Diálogo para la acción del IIED sobre la MAPE en Ghana",
            "summary": (
                "Primer diálogo nacional del programa de MAPE del IIED: cuatro días en Tarkwa, Región Occidental, "
                "con dos días de visitas a sitios de minería artesanal y dos de debate basado en la "
                "investigación, convocados por la ONG ghanesa Friends of the Nation con el apoyo del IIED."
            ),
        },
    },
    "iied-action-dialogue-tanzania-2017": {
        "fr": {
            "title": "Dialogue pour l'action de l'IIED sur l'EMAPE en Tanzanie",
            "summary": (
                "Deuxième dialogue national de l'IIED sur l'EMAPE : quatre jours à Geita, dont deux jours de "
                "visites de quatre mines à petite échelle et deux jours d'ateliers sur les moyens de rendre "
                "l'EMAPE plus durable en Tanzanie."
            ),
        },
        "es": {
            "title": "Diálogo para la acción del IIED sobre la MAPE en Tanzania",
            "summary": (
                "Segundo diálogo nacional del IIED sobre la MAPE: cuatro días en Geita, con dos días de visitas a "
                "cuatro minas en pequeña escala y dos días de talleres sobre cómo hacer más sostenible la MAPE en "
                "Tanzania."
            ),
        },
    },
    "iied-action-dialogue-madagascar": {
        "fr": {
            "title": "Dialogue pour l'action de l'IIED sur l'EMAPE à Madagascar",
            "summary": (
                "L'un des dialogues sur l'EMAPE que cite l'IIED à côté de ceux du Ghana et de la Tanzanie : un "
                "processus de dialogue multipartite dans deux régions minières malgaches, conduit par le "
                "programme environnemental de la GIZ et le ministère des Mines avec l'appui de l'IIED."
            ),
        },
        "es": {
            "title": "Diálogo para la acción del IIED sobre la MAPE en Madagascar",
            "summary": (
                "Uno de los diálogos sobre la MAPE que el IIED menciona junto a los de Ghana y Tanzania: un "
                "proceso de diálogo de múltiples partes interesadas en dos regiones mineras malgaches, dirigido "
                "por el programa ambiental de la GIZ y el Ministerio de Minas con el apoyo del IIED."
            ),
        },
    },
    "iied-action-dialogue-amazon": {
        "fr": {
            "title": "Dialogue pour l'action de l'IIED dans la région amazonienne",
            "summary": (
                "Étape suivante prévue du programme EMAPE de l'IIED : étendre les dialogues pour l'action à la "
                "région amazonienne."
            ),
        },
        "es": {
            "title": "Diálogo para la acción del IIED en la región amazónica",
            "summary": (
                "Siguiente paso previsto del programa de MAPE del IIED: ampliar los diálogos para la acción a la "
                "región amazónica."
            ),
        },
    },
    "oecd-forum-2021-child-labour-side-session": {
        "fr": {
            "title": (
                "Comment renforcer la collaboration multipartite pour lutter contre le travail des enfants et "
                "améliorer les conditions de travail dans l'exploitation minière artisanale et à petite échelle "
                "(EMAPE) ?"
            ),
            "summary": (
                "Webinaire de la Child Labour Platform pendant le Forum 2021 de l'OCDE sur les chaînes "
                "d'approvisionnement responsables en minerais, avec les gouvernements de Madagascar et des "
                "Philippines, les partenaires sociaux, des entreprises et la société civile, sur les pratiques "
                "prometteuses contre le travail des enfants dans l'EMAPE. La page de la session proposait la "
                "cartographie des interventions de l'OIT de 2020 comme nouvelle publication."
            ),
        },
        "es": {
            "title": (
                "¿Cómo fomentar una mayor colaboración entre múltiples partes interesadas para abordar el trabajo "
                "infantil y las condiciones de trabajo en la minería artesanal y en pequeña escala (MAPE)?"
            ),
            "summary": (
                "Seminario web de la Child Labour Platform durante el Foro 2021 de la OCDE sobre Cadenas de "
                "Suministro Responsables de Minerales, con los gobiernos de Madagascar y Filipinas, los "
                "interlocutores sociales, empresas y la sociedad civil, sobre prácticas prometedoras contra el "
                "trabajo infantil en la MAPE. La página de la sesión ofrecía el mapeo de intervenciones de la OIT "
                "de 2020 como nueva publicación."
            ),
        },
    },
    "igf-agm-2017": {
        "fr": {
            "title": (
                "13e Assemblée générale annuelle du Forum intergouvernemental sur l'exploitation minière, les "
                "minéraux, les métaux et le développement durable : gérer l'exploitation minière artisanale et à "
                "petite échelle"
            ),
            "summary": (
                "Réunion annuelle de l'IGF de 2017, consacrée à la gestion de l'exploitation minière artisanale "
                "et à petite échelle, où les délégués ont partagé l'expérience de leur pays en matière de "
                "formalisation de l'EMAPE et débattu des stratégies de gestion et des relations entre "
                "exploitation artisanale et exploitation à grande échelle."
            ),
        },
        "es": {
            "title": (
                "13.ª Asamblea General Anual del Foro Intergubernamental sobre Minería, Minerales, Metales y "
                "Desarrollo Sostenible: gestión de la minería artesanal y en pequeña escala"
            ),
            "summary": (
                "Reunión anual del IGF de 2017, dedicada a la gestión de la minería artesanal y en pequeña "
                "escala, en la que los delegados compartieron la experiencia de sus países en la formalización de "
                "la MAPE y debatieron estrategias de gestión y las relaciones entre la minería artesanal y la "
                "minería a gran escala."
            ),
        },
    },
    "oecd-forum-responsible-mineral-supply-chains-2019": {
        "fr": {
            "title": "13e Forum sur les chaînes d'approvisionnement responsables en minerais",
            "summary": (
                "Forum annuel de l'OCDE, de la Conférence internationale sur la région des Grands Lacs et du "
                "Groupe d'experts des Nations Unies sur la RDC, qui fait le point sur la mise en œuvre du Guide "
                "OCDE sur le devoir de diligence pour les minerais, avec des sessions sur les diamants, les "
                "métaux de base, le cobalt, l'étain, le tantale, le tungstène et l'or."
            ),
        },
        "es": {
            "title": "13.º Foro sobre Cadenas de Suministro Responsables de Minerales",
            "summary": (
                "Foro anual de la OCDE, la Conferencia Internacional sobre la Región de los Grandes Lagos y el "
                "Grupo de Expertos de las Naciones Unidas sobre la RDC para examinar la aplicación de la Guía de "
                "Debida Diligencia de la OCDE para minerales, con sesiones sobre diamantes, metales básicos, "
                "cobalto, estaño, tántalo, tungsteno y oro."
            ),
        },
    },
    "minors-out-of-mining-launch-2005": {
        "fr": {
            "title": "Un appel à l'action (lancement de Minors out of Mining)",
            "summary": (
                "Manifestation spéciale pendant la Conférence internationale du Travail, au cours de laquelle des "
                "partenaires mondiaux et des délégations nationales tripartites se sont engagés à travailler avec "
                "l'OIT pour mettre fin au travail des enfants dans les mines et les carrières dans un délai fixé, "
                "lançant l'initiative Minors out of Mining."
            ),
        },
        "es": {
            "title": "Un llamamiento a la acción (lanzamiento de Minors out of Mining)",
            "summary": (
                "Acto especial durante la Conferencia Internacional del Trabajo en el que socios mundiales y "
                "delegaciones nacionales tripartitas se comprometieron a trabajar con la OIT para poner fin al "
                "trabajo infantil en las minas y canteras en un plazo determinado, lanzando la iniciativa Minors "
                "out of Mining."
            ),
        },
    },
    "world-day-against-child-labour-2005": {
        "fr": {
            "title": (
                "Journée mondiale contre le travail des enfants 2005 : un fardeau trop lourd - le travail des "
                "enfants dans les mines et les carrières"
            ),
            "summary": (
                "Quatrième Journée mondiale contre le travail des enfants, consacrée aux enfants qui travaillent "
                "dans les mines et les carrières à petite échelle, célébrée dans des pays du monde entier le 12 "
                "juin 2005 et au siège de l'OIT à Genève le 10 juin."
            ),
        },
        "es": {
            "title": (
                "Día mundial contra el trabajo infantil 2005: una carga demasiado pesada - el trabajo infantil en "
                "la minería y las canteras"
            ),
            "summary": (
                "Cuarto Día mundial contra el trabajo infantil, dedicado a los niños y niñas que trabajan en "
                "minas y canteras en pequeña escala, celebrado en países de todo el mundo el 12 de junio de 2005 "
                "y en la sede de la OIT en Ginebra el 10 de junio."
            ),
        },
    },
    "ilo-tripartite-meeting-small-scale-mines-1999": {
        "fr": {
            "title": (
                "Réunion tripartite sur les questions sociales et de travail dans les petites exploitations minières"
            ),
            "summary": (
                "Réunion sectorielle de l'OIT réunissant gouvernements, employeurs et travailleurs sur "
                "l'exploitation minière à petite échelle, qui a examiné un rapport de l'OIT sur les questions "
                "sociales et de travail du secteur, notamment la sécurité et la santé au travail, les femmes dans "
                "les mines et le travail des enfants."
            ),
        },
        "es": {
            "title": (
                "Reunión tripartita sobre las cuestiones sociales y laborales en las pequeñas explotaciones mineras"
            ),
            "summary": (
                "Reunión sectorial de la OIT de gobiernos, empleadores y trabajadores sobre la minería en pequeña "
                "escala, que examinó un informe de la OIT sobre las cuestiones sociales y laborales del sector, "
                "entre ellas la seguridad y salud en el trabajo, las mujeres en la minería y el trabajo infantil."
            ),
        },
    },
    "caring-gold-national-consultation-philippines-2016": {
        "fr": {
            "title": (
                "Consultation nationale du projet « Réunir les acteurs pour élaborer et mettre en œuvre des "
                "stratégies visant à réduire le travail des enfants et à améliorer les conditions de travail dans "
                "l'extraction minière artisanale et à petite échelle d'or » (projet CARING Gold Mining)"
            ),
            "summary": (
                "Consultation nationale sur le travail des enfants dans l'extraction minière artisanale et à "
                "petite échelle d'or, tenue à Manille par le projet CARING Gold Mining de l'OIT, avec le "
                "gouvernement, les organisations de travailleurs et d'employeurs, le National Child Labor "
                "Committee, la société civile et des acteurs de l'industrie minière."
            ),
        },
        "es": {
            "title": (
                "Consulta nacional del proyecto «Convocar a los actores para elaborar y aplicar estrategias que "
                "reduzcan el trabajo infantil y mejoren las condiciones de trabajo en la minería de oro artesanal "
                "y en pequeña escala» (proyecto CARING Gold Mining)"
            ),
            "summary": (
                "Consulta nacional sobre el trabajo infantil en la minería de oro artesanal y en pequeña escala "
                "celebrada en Manila por el proyecto CARING Gold Mining de la OIT, con el gobierno, las "
                "organizaciones de trabajadores y de empleadores, el National Child Labor Committee, la sociedad "
                "civil y actores de la industria minera."
            ),
        },
    },
    "caring-gold-national-asgm-summit-philippines-2018": {
        "fr": {
            "title": "5e Sommet national sur l'extraction minière artisanale et à petite échelle d'or (EMAPE)",
            "summary": (
                "Sommet national organisé par Ban Toxics en partenariat avec l'OIT, dans le cadre du projet "
                "CARING Gold Mining, réunissant les acteurs locaux de l'EMAPE aux Philippines ; cette année-là, "
                "il a mis l'accent sur la sécurité et la santé au travail et sur l'élimination du travail des "
                "enfants, y compris l'utilisation du mercure."
            ),
        },
        "es": {
            "title": "5.ª Cumbre Nacional sobre la Extracción de Oro Artesanal y en Pequeña Escala (EOAPE)",
            "summary": (
                "Cumbre nacional organizada por Ban Toxics en colaboración con la OIT, en el marco del proyecto "
                "CARING Gold Mining, que reunió a los actores locales de la EOAPE en Filipinas; ese año destacó "
                "la seguridad y salud en el trabajo y la eliminación del trabajo infantil, incluido el uso de "
                "mercurio."
            ),
        },
    },
    "igf-asm-guidance-training-francophone-africa-2018": {
        "fr": {
            "title": "Formation régionale pour l'Afrique francophone sur le Guide de l'IGF pour la gestion de l'EMAPE",
            "summary": (
                "Atelier de quatre jours destiné à des représentants des gouvernements de pays africains "
                "francophones sur l'application du guide de l'IGF à l'intention des gouvernements pour la gestion "
                "de l'exploitation minière artisanale et à petite échelle, coorganisé avec le ministère des "
                "Mines, de l'Industrie et du Développement technologique du Cameroun et le Programme ACP-UE sur "
                "les minéraux de développement."
            ),
        },
        "es": {
            "title": "Formación regional para el África francófona sobre la Guía del IGF para la gestión de la MAPE",
            "summary": (
                "Taller de cuatro días para representantes de los gobiernos de países africanos francófonos sobre "
                "la aplicación de la guía del IGF para los gobiernos sobre la gestión de la minería artesanal y "
                "en pequeña escala, coorganizado con el Ministerio de Minas, Industria y Desarrollo Tecnológico "
                "del Camerún y el Programa ACP-UE de Minerales para el Desarrollo."
            ),
        },
    },
    # Publications ---------------------------------------------------------------------------------
    "mapping-interventions-addressing-child-labour-and-working-conditions-in-artisanal-mineral-supply-chains": {
        "fr": {
            "title": (
                "Cartographie des interventions contre le travail des enfants et pour de meilleures conditions de "
                "travail dans les chaînes d'approvisionnement en minerais artisanaux"
            ),
            "summary": (
                "Une cartographie, principalement documentaire et complétée par des entretiens, des interventions "
                "financées par des bailleurs de fonds, en cours ou achevées, qui s'attaquent au travail des "
                "enfants et aux mauvaises conditions de travail dans l'exploitation minière artisanale et à "
                "petite échelle, tous minerais confondus. Elle a dégagé neuf grands domaines d'action et présente "
                "les enseignements tirés et les lacunes."
            ),
        },
        "es": {
            "title": (
                "Mapeo de las intervenciones que abordan el trabajo infantil y las condiciones de trabajo en las "
                "cadenas de suministro de minerales artesanales"
            ),
            "summary": (
                "Un mapeo, principalmente documental y con entrevistas, de las intervenciones financiadas por "
                "donantes, en curso o finalizadas, que abordan el trabajo infantil y las malas condiciones de "
                "trabajo en la minería artesanal y en pequeña escala, en todos los minerales. Identificó nueve "
                "áreas principales de trabajo y expone las lecciones aprendidas y las carencias."
            ),
        },
    },
    "oecd-due-diligence-guidance-minerals-third-edition": {
        "fr": {
            "title": (
                "Guide OCDE sur le devoir de diligence pour des chaînes d'approvisionnement responsables en "
                "minerais provenant de zones de conflit ou à haut risque (troisième édition)"
            ),
            "summary": (
                "Guide de l'OCDE qui formule des recommandations sur le devoir de diligence à l'intention des "
                "entreprises qui s'approvisionnent en minerais ou en métaux dans des zones de conflit ou à haut "
                "risque, avec des suppléments sur l'étain, le tantale et le tungstène et sur l'or. Adopté en "
                "2011, il précise dans sa troisième édition d'avril 2016 qu'il s'applique à toutes les chaînes "
                "d'approvisionnement en minerais."
            ),
        },
        "es": {
            "title": (
                "Guía de Debida Diligencia de la OCDE para Cadenas de Suministro Responsables de Minerales en las "
                "Áreas de Conflicto o de Alto Riesgo (tercera edición)"
            ),
            "summary": (
                "Guía de la OCDE con recomendaciones de debida diligencia para las empresas que se abastecen de "
                "minerales o metales en áreas de conflicto o de alto riesgo, con suplementos sobre el estaño, el "
                "tántalo y el tungsteno y sobre el oro. Adoptada por primera vez en 2011, su tercera edición, de "
                "abril de 2016, aclara que se aplica a todas las cadenas de suministro de minerales."
            ),
        },
    },
    "iied-to-host-3rd-online-asm-day": {
        "fr": {
            "title": (
                "L'IIED organise sa troisième journée en ligne sur l'exploitation minière artisanale et à petite "
                "échelle"
            ),
            "summary": (
                "L'IIED annonce sa troisième journée numérique #shareASM, le 15 mars 2018, et rend compte de ses "
                "dialogues pour l'action au Ghana, en Tanzanie et à Madagascar."
            ),
        },
        "es": {
            "title": "El IIED organiza su tercera jornada en línea sobre la minería artesanal y en pequeña escala",
            "summary": (
                "El IIED anuncia su tercera jornada digital #shareASM, el 15 de marzo de 2018, e informa sobre "
                "sus diálogos para la acción en Ghana, Tanzania y Madagascar."
            ),
        },
    },
    "iied-to-host-international-asm-day": {
        "fr": {
            "title": "L'IIED organise une journée internationale sur l'EMAPE",
            "summary": (
                "L'IIED annonce une journée consacrée à l'exploitation minière artisanale et à petite échelle le "
                "25 juin 2015, sur ses réseaux en ligne et sous le hashtag #shareASM, pour élargir l'espace "
                "ouvert par son atelier de prospective d'avril."
            ),
        },
        "es": {
            "title": "El IIED organiza una jornada internacional sobre la MAPE",
            "summary": (
                "El IIED anuncia una jornada dedicada a la minería artesanal y en pequeña escala el 25 de junio "
                "de 2015, en sus redes en línea y con el hashtag #shareASM, para ampliar el espacio abierto por "
                "su taller de visión de abril."
            ),
        },
    },
    "tanzania-action-dialogue-photobook": {
        "fr": {
            "title": "Livre de photos du dialogue pour l'action en Tanzanie (anglais et swahili)",
            "summary": (
                "Un livre de photos en anglais et en swahili, l'un des deux que l'IIED a réalisés pour raconter "
                "la vie des communautés minières du Ghana et de la Tanzanie, remis aux participants du dialogue "
                "pour l'action de l'IIED en Tanzanie en novembre 2017."
            ),
        },
        "es": {
            "title": "Libro de fotografías del diálogo para la acción en Tanzania (inglés y suajili)",
            "summary": (
                "Un libro de fotografías en inglés y suajili, uno de los dos que el IIED produjo para contar las "
                "historias de las comunidades mineras de Ghana y Tanzania, entregado a los participantes en el "
                "diálogo para la acción del IIED en Tanzania en noviembre de 2017."
            ),
        },
    },
    "tobaccos-hidden-children": {
        "fr": {
            "title": (
                "Les enfants cachés du tabac : le travail dangereux des enfants dans la culture du tabac aux États-Unis"
            ),
            "summary": (
                "Un rapport de Human Rights Watch sur des enfants de 7 à 17 ans qui travaillent dans des "
                "exploitations de tabac de Caroline du Nord, du Kentucky, du Tennessee et de Virginie, exposés à "
                "la nicotine, aux pesticides, à la chaleur et à de longues journées. Hors EMAPE : cité à côté de "
                "la cartographie de 2020 dans la bibliothèque de ressources."
            ),
        },
        "es": {
            "title": (
                "Los niños ocultos del tabaco: trabajo infantil peligroso en el cultivo de tabaco en los Estados Unidos"
            ),
            "summary": (
                "Un informe de Human Rights Watch sobre niños y niñas de 7 a 17 años que trabajan en "
                "explotaciones de tabaco de Carolina del Norte, Kentucky, Tennessee y Virginia, expuestos a la "
                "nicotina, los plaguicidas, el calor y largas jornadas. Fuera de la MAPE: figura junto al mapeo "
                "de 2020 en la biblioteca de recursos."
            ),
        },
    },
    "human-trafficking-in-americas-schools": {
        "fr": {
            "title": "La traite des êtres humains dans les écoles américaines",
            "summary": (
                "Un guide du Département de l'éducation des États-Unis destiné au personnel scolaire sur les "
                "effets de la traite des êtres humains dans les écoles, les indices d'une possible traite "
                "d'enfants, et les politiques, protocoles et partenariats que les écoles peuvent mettre en place "
                "pour la prévenir et y répondre. Hors EMAPE."
            ),
        },
        "es": {
            "title": "La trata de personas en las escuelas de los Estados Unidos",
            "summary": (
                "Una guía del Departamento de Educación de los Estados Unidos para el personal escolar sobre cómo "
                "afecta la trata de personas a las escuelas, los indicios de una posible trata de niños y niñas, "
                "y las políticas, protocolos y alianzas que las escuelas pueden desarrollar para prevenirla y "
                "responder a ella. Fuera de la MAPE."
            ),
        },
    },
    "combating-cyber-violence-against-women-and-girls": {
        "fr": {
            "title": "Lutter contre la cyberviolence à l'égard des femmes et des filles",
            "summary": (
                "Une étude de l'EIGE sur la cyberviolence à l'égard des femmes et des filles, qui analyse les "
                "définitions juridiques et statistiques de ses formes dans les États membres de l'UE, afin "
                "d'améliorer la collecte de données et les politiques. Hors EMAPE."
            ),
        },
        "es": {
            "title": "Combatir la ciberviolencia contra las mujeres y las niñas",
            "summary": (
                "Un estudio del EIGE sobre la ciberviolencia contra las mujeres y las niñas que analiza las "
                "definiciones jurídicas y estadísticas de sus formas en los Estados miembros de la UE, para "
                "mejorar la recopilación de datos y las políticas. Fuera de la MAPE."
            ),
        },
    },
    "worker-feedback-technologies-and-combatting-modern-slavery": {
        "fr": {
            "title": (
                "Les technologies de retour d'information des travailleurs et la lutte contre l'esclavage moderne "
                "dans les chaînes d'approvisionnement mondiales"
            ),
            "summary": (
                "Une étude menée dans sept pays sur la capacité des technologies de retour d'information des "
                "travailleurs, axées sur le devoir de diligence ou sur l'autonomisation, à détecter et à traiter "
                "le travail forcé et la traite des êtres humains dans les chaînes d'approvisionnement "
                "d'exportation. Hors EMAPE."
            ),
        },
        "es": {
            "title": (
                "Las tecnologías de retroalimentación de los trabajadores y la lucha contra la esclavitud moderna "
                "en las cadenas mundiales de suministro"
            ),
            "summary": (
                "Un estudio en siete países sobre la eficacia de las tecnologías de retroalimentación de los "
                "trabajadores, orientadas a la debida diligencia o al empoderamiento, para detectar y abordar el "
                "trabajo forzoso y la trata de personas en las cadenas de suministro de exportación. Fuera de la "
                "MAPE."
            ),
        },
    },
    "oecd-practical-actions-worst-forms-of-child-labour-2017": {
        "fr": {
            "title": (
                "Mesures concrètes permettant aux entreprises d'identifier et de traiter les pires formes de "
                "travail des enfants dans les chaînes d'approvisionnement en minerais"
            ),
            "summary": (
                "Guide de l'OCDE qui aide les entreprises à identifier et atténuer les risques liés aux pires "
                "formes de travail des enfants dans leurs chaînes d'approvisionnement en minerais, et à en rendre "
                "compte, en s'appuyant sur le cadre de devoir de diligence du Guide OCDE sur le devoir de "
                "diligence pour les minerais."
            ),
        },
        "es": {
            "title": (
                "Acciones prácticas para que las empresas identifiquen y aborden las peores formas de trabajo "
                "infantil en las cadenas de suministro de minerales"
            ),
            "summary": (
                "Guía de la OCDE que ayuda a las empresas a identificar y mitigar los riesgos de las peores "
                "formas de trabajo infantil en sus cadenas de suministro de minerales, y a rendir cuentas de "
                "ellos, sobre la base del marco de debida diligencia de la Guía de Debida Diligencia de la OCDE "
                "para minerales."
            ),
        },
    },
    "ilo-child-labour-in-mining-and-global-supply-chains-2019": {
        "fr": {
            "title": "Le travail des enfants dans les mines et les chaînes d'approvisionnement mondiales",
            "summary": (
                "Une note de l'OIT sur l'ampleur du travail des enfants dans les mines, les risques pour la santé "
                "et le bien-être des enfants, et des recommandations aux entreprises sur la manière d'y faire "
                "face."
            ),
        },
        "es": {
            "title": "El trabajo infantil en la minería y las cadenas mundiales de suministro",
            "summary": (
                "Una nota informativa de la OIT sobre el alcance del trabajo infantil en la minería, los riesgos "
                "para la salud y el bienestar de los niños y niñas, y recomendaciones a las empresas sobre cómo "
                "abordarlo."
            ),
        },
    },
    "hrw-a-poisonous-mix-2011": {
        "fr": {
            "title": "Un mélange toxique : travail des enfants, mercure et orpaillage au Mali",
            "summary": (
                "Un rapport de Human Rights Watch sur le travail dangereux des enfants dans les mines d'or "
                "artisanales du Mali, où des enfants dès l'âge de six ans manipulent du mercure toxique, et sur "
                "les réponses du gouvernement, des bailleurs de fonds et des négociants en or."
            ),
        },
        "es": {
            "title": "Una mezcla tóxica: trabajo infantil, mercurio y minería artesanal de oro en Malí",
            "summary": (
                "Un informe de Human Rights Watch sobre el trabajo infantil peligroso en las minas de oro "
                "artesanales de Malí, donde niños y niñas de tan solo seis años trabajan con mercurio tóxico, y "
                "sobre las respuestas del gobierno, los donantes y los comerciantes de oro."
            ),
        },
    },
    "oecd-interconnected-supply-chains-cobalt-copper-drc-2019": {
        "fr": {
            "title": (
                "Des chaînes d'approvisionnement interconnectées : un examen complet des défis et des "
                "possibilités en matière de devoir de diligence pour l'approvisionnement en cobalt et en cuivre "
                "de la République démocratique du Congo"
            ),
            "summary": (
                "Rapport de l'OCDE sur les risques liés à l'approvisionnement en cobalt et en cuivre de la "
                "République démocratique du Congo, qui montre les liens entre exploitation minière et raffinage "
                "industriels et artisanaux et appelle les acheteurs à étendre leur devoir de diligence au-delà du "
                "travail des enfants, aux risques de corruption et d'atteintes aux droits humains liés aux forces "
                "de sécurité."
            ),
        },
        "es": {
            "title": (
                "Cadenas de suministro interconectadas: un examen exhaustivo de los retos y oportunidades de la "
                "debida diligencia en el abastecimiento de cobalto y cobre de la República Democrática del Congo"
            ),
            "summary": (
                "Informe de la OCDE sobre los riesgos del abastecimiento de cobalto y cobre de la República "
                "Democrática del Congo, que muestra los vínculos entre la minería y el refinado industriales y "
                "artesanales y pide a los compradores que extiendan la debida diligencia más allá del trabajo "
                "infantil, a los riesgos de corrupción y de violaciones de los derechos humanos vinculados a las "
                "fuerzas de seguridad."
            ),
        },
    },
    "ilo-a-load-too-heavy-2005": {
        "fr": {
            "title": "Un fardeau trop lourd : les enfants dans les mines et les carrières",
            "summary": (
                "Publication de l'OIT-IPEC sur les enfants qui travaillent dans les mines et les carrières, dont "
                "le nombre est estimé à un million et augmente dans certaines régions, et sur les raisons pour "
                "lesquelles ce travail compte parmi les pires formes de travail des enfants au sens de la "
                "convention n° 182."
            ),
        },
        "es": {
            "title": "Una carga demasiado pesada: los niños en la minería y las canteras",
            "summary": (
                "Publicación de la OIT-IPEC sobre los niños y niñas que trabajan en minas y canteras, cuyo número "
                "se estima en un millón y va en aumento en algunas regiones, y sobre por qué este trabajo figura "
                "entre las peores formas de trabajo infantil según el Convenio núm. 182."
            ),
        },
    },
    "iied-to-host-2nd-online-asm-day": {
        "fr": {
            "title": (
                "L'IIED organise sa deuxième journée en ligne sur l'exploitation minière artisanale et à petite "
                "échelle (EMAPE)"
            ),
            "summary": (
                "L'IIED annonce sa deuxième journée numérique #shareASM, le 1er février 2017 : un espace ouvert "
                "en ligne où les travailleurs de l'EMAPE, les chercheurs et les autres acteurs partagent des "
                "idées pour un secteur plus sûr, plus inclusif et plus productif."
            ),
        },
        "es": {
            "title": (
                "El IIED organiza su segunda jornada en línea sobre la minería artesanal y en pequeña escala (MAPE)"
            ),
            "summary": (
                "El IIED anuncia su segunda jornada digital #shareASM, el 1 de febrero de 2017: un espacio "
                "abierto en línea para que los trabajadores de la MAPE, los investigadores y otros actores "
                "compartan ideas para un sector más seguro, inclusivo y productivo."
            ),
        },
    },
}
