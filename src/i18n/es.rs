//! Spanish (español).

use super::{BandText, ChoiceText, StepText, Strings};

pub(super) const ES: Strings = Strings {
    code: "es",
    dir: "ltr",
    native_name: "Español",

    app_title: "Lista de comprobación de fuentes",
    tagline: "¿Qué tan bien respaldado está este artículo? Pégalo, responde cinco preguntas y mira las frases detrás de cada respuesta.",
    privacy_note: "Nada de lo que pegas sale de esta página: no hay servidor y no se envía nada a ningún sitio.",

    paste_heading: "Pega un artículo",
    paste_label: "Pega el artículo completo",
    paste_hint: "Puedes pegar la página entera: los menús, los botones para compartir y los comentarios pueden venir también.",
    word_count: "{n} palabras",
    word_count_one: "1 palabra",
    start: "Revisar este artículo",
    start_disabled_reason: "Primero pega un artículo: el cuadro está vacío.",

    progress: "Pregunta {n} de {total}",
    back: "Atrás",
    next: "Siguiente",
    to_summary: "Ver la puntuación",
    why_heading: "Por qué importa",
    choose_first: "Elige una respuesta para seguir.",
    source_name_label: "Nombre de la fuente (opcional)",
    source_name_hint: "Tal como lo da el artículo, por ejemplo \"fuentes locales\" o \"Maria Zakharova\".",
    edit_article: "Editar el artículo",

    article_heading: "El artículo",
    article_show: "Mostrar el artículo",
    article_hide: "Ocultar el artículo",

    summary_heading: "Resumen",
    score_label: "Puntuación",
    out_of: "de 100",
    col_question: "Pregunta",
    col_answer: "Tu respuesta",
    col_points: "Puntos",
    col_why: "Por qué",
    not_answered: "Sin responder",
    change: "Cambiar",
    change_label: "Cambiar la respuesta a: {question}",
    check_another: "Revisar otro artículo",
    source_named_as: "Fuente, tal como la nombraste: {name}",
    score_explainer: "Cada respuesta suma puntos según una tabla fija (ver \"Cómo funciona la puntuación\"); las cinco preguntas suman 100.",

    suggestion_heading: "La sugerencia de la aplicación",
    suggested_badge: "sugerida",
    behind_heading: "Las frases en que se basa",
    go_to_sentence: "Mostrar esta frase en el artículo: {sentence}",
    found_sources_heading: "Fuentes que encontró la aplicación",
    found_sources_hint: "Elige una para responder con ella; puedes cambiar la respuesta después.",
    relayed_by: "difundida por {relay}",
    named_word: "con nombre",
    unnamed_word: "sin nombre",
    source_kinds: ["persona", "organización", "medio", "personas sin nombre"],
    set_aside_summary: "Apartado: {n} líneas de comentarios y elementos de la página",
    set_aside_none: "No se apartó nada: se lee todo el texto.",
    show: "Mostrar",
    hide: "Ocultar",
    put_back: "Volver a incluir",
    set_aside_again: "Apartar de nuevo",
    block_label: "{kind}, {n} líneas",
    aside_inline: "{kind}: {n} líneas apartadas",
    put_back_note: "incluido de nuevo en el análisis",
    noise_kinds: [
        "Menús y enlaces",
        "Petición de donativos",
        "Invitación a compartir",
        "Enlaces relacionados",
        "Derechos de autor y avisos legales",
        "Firma y fecha",
        "Comentarios",
    ],
    app_suggested: "La aplicación sugirió: {choice}",
    you_agree: "Tus respuestas y las sugerencias de la aplicación coinciden en todas las preguntas.",
    hedges_heading: "Palabras del artículo que señalan afirmaciones sin confirmar",
    analysed_note: "Las sugerencias leen el artículo en sí; los comentarios y los elementos de la página se apartan.",

    mode_heading: "¿Cómo quieres trabajar?",
    mode_guided: "Guiado: la aplicación sugiere una respuesta a cada pregunta",
    mode_practice: "Práctica: responde primero y luego compara con la aplicación",
    reveal: "Comprobar mi respuesta",
    practice_note: "Práctica: elige primero tu respuesta; después la aplicación muestra lo que encontró.",
    you_agree_one: "Tú y la aplicación coincidís en esta.",
    you_differ_one: "La respuesta de la aplicación es distinta: {choice}.",
    practice_summary: "Coincidiste con la aplicación en {n} de {total} preguntas.",
    start_over: "Empezar de nuevo",
    start_over_confirm: "¿Empezar de nuevo? Se borrarán el artículo y tus respuestas de esta página y de este navegador.",
    confirm_yes: "Sí, empezar de nuevo",
    cancel: "Cancelar",
    saving_off: "El guardado está desactivado en este navegador, así que tu trabajo no volverá si recargas. Todo lo que hay en esta página sigue igual.",
    saved_unreadable: "No se pudo leer el trabajo guardado, así que la lista empieza de cero.",
    resumed: "Bienvenido de nuevo: se recuperó tu trabajo.",
    share_heading: "Compartir y exportar",
    copy_link: "Copiar enlace",
    copy_link_answers: "Copiar enlace solo con las respuestas",
    link_copied: "Enlace copiado. El artículo viaja dentro del enlace, después del #, que los navegadores nunca envían a un servidor.",
    link_too_long: "Con el artículo dentro, el enlace tendría {n} caracteres: demasiado largo para pegarlo con comodidad. Usa el enlace solo con las respuestas; quien lo abra pegará el artículo otra vez.",
    answers_link_copied: "Enlace solo con las respuestas copiado.",
    copy_failed: "Esta página no puede copiar al portapapeles. Selecciona el texto de abajo y cópialo tú.",
    copy_text: "Copiar como texto",
    text_copied: "Informe copiado como texto (Markdown), listo para pegar en una tarea.",
    download_json: "Descargar JSON",
    print: "Imprimir",
    link_opened: "Abierto desde un enlace compartido.",
    link_answers_only: "Este enlace contiene solo las respuestas. Pega el artículo para ver las frases en que se basan.",
    link_broken: "Este enlace está dañado o incompleto y no se pudo abrir. La lista empieza de cero.",
    language_label: "Idioma",
    english_only: "Las sugerencias de la aplicación están hechas para textos en inglés, y este texto no parece estar en inglés. La lista funciona igual: responde cada pregunta según tu propia lectura.",
    report_title: "Lista de comprobación de fuentes: informe",
    report_score: "Puntuación: {score} de 100 ({band})",
    crash_message: "Algo salió mal, pero tu texto está a salvo: se guarda en este navegador. Recarga la página para seguir donde estabas.",
    reload: "Recargar la página",
    truncated_note: "Este texto es muy largo: la aplicación leyó los primeros {n} caracteres de {total}. La lista cubre todo el artículo; solo las sugerencias están limitadas.",

    steps: [
        StepText {
            question: "¿Quién es la fuente de la afirmación principal?",
            help: "La afirmación principal es lo que el titular y el primer párrafo dicen que ocurrió. ¿Quién lo dice?",
            why: "Reglas 1 y 2: lo que el autor no vio debe atribuirse, y las fuentes tienen un rango: primero lo que vio el propio periodista, después una fuente con nombre que habla oficialmente; las fuentes anónimas son las más débiles.",
        },
        StepText {
            question: "¿La fuente tiene nombre?",
            help: "Mira la fuente que elegiste: ¿dice el artículo quién es, qué cargo tiene y por qué lo sabría?",
            why: "Reglas 3 y 5: \"una fuente\" a secas no es aceptable. Una fuente sin nombre se describe con la mayor precisión posible, y el artículo explica por qué no se la nombra.",
        },
        StepText {
            question: "¿Hay corroboración?",
            help: "¿Alguien más, con conocimiento propio, confirma la afirmación principal?",
            why: "Reglas 6 y 7: una sola fuente no basta, y repetir no es corroborar. Varios medios que repiten un mismo origen sin nombre cuentan como una sola fuente.",
        },
        StepText {
            question: "¿Hay un desmentido o una respuesta de la parte acusada?",
            help: "Si la afirmación acusa a alguien, ¿le da el artículo la oportunidad de responder?",
            why: "Regla 8: quien es acusado de algo tiene la oportunidad de responder en la misma pieza. Un desmentido que el artículo descarta sin pruebas es una señal de alarma.",
        },
        StepText {
            question: "¿Hay pruebas más allá de lo que dice la gente?",
            help: "Documentos, imágenes, datos: algo que el medio comprobó, no solo citas.",
            why: "Regla 9: las pruebas pesan más que las afirmaciones. Una foto de archivo no es prueba del hecho: mira su pie de foto y su fecha.",
        },
    ],

    choices: [
        // Source
        ChoiceText {
            label: "Los periodistas del propio medio lo vieron o tienen los documentos",
            hint: "\"nuestro corresponsal vio\", \"documentos vistos por\"",
            reason: "La información de primera mano es la de mayor rango (regla 2).",
        },
        ChoiceText {
            label: "Una persona u organización con nombre",
            hint: "un ministro, un cuerpo de policía, una empresa, hablando oficialmente",
            reason: "Una fuente con nombre que habla oficialmente se puede verificar y se le pueden pedir cuentas (regla 2).",
        },
        ChoiceText {
            label: "La información de otro medio",
            hint: "\"informó la agencia\", \"según medios estatales\"",
            reason: "Repetir a otro medio traslada sus fuentes sin comprobarlas (reglas 1 y 7).",
        },
        ChoiceText {
            label: "Personas sin nombre",
            hint: "\"fuentes\", \"vecinos\", \"expertos\", \"funcionarios\"",
            reason: "Las fuentes anónimas son las más débiles (regla 2).",
        },
        ChoiceText {
            label: "No se da ninguna fuente",
            hint: "la afirmación se presenta como un hecho, sin nadie detrás",
            reason: "Un hecho discutible que nadie dice haber visto no está atribuido (regla 1).",
        },
        // Named
        ChoiceText {
            label: "Con nombre, con cargo o función",
            hint: "\"Maria Zakharova, portavoz del Ministerio de Exteriores\"",
            reason: "Un nombre y un cargo dicen quién habla y por qué lo sabría (regla 3).",
        },
        ChoiceText {
            label: "En parte: una organización pero ninguna persona, o un nombre sin cargo",
            hint: "\"dijo el ministerio\", \"dijo John Smith\"",
            reason: "Se puede comprobar quién habló, pero no del todo quién es ni por qué lo sabría (regla 3).",
        },
        ChoiceText {
            label: "Sin nombre, pero descrita: por qué lo sabe y por qué no se la nombra",
            hint: "\"un funcionario que asistió a la reunión, que pidió el anonimato porque...\"",
            reason: "Una fuente sin nombre con cargo y con un motivo explicado es lo mejor que puede ser una fuente anónima (reglas 3 y 5).",
        },
        ChoiceText {
            label: "Sin nombre y vaga",
            hint: "\"dijeron fuentes\", \"fuentes locales\", \"algunos expertos\"",
            reason: "\"Una fuente\" a secas no se puede comprobar ni valorar (regla 3).",
        },
        ChoiceText {
            label: "No hay ninguna fuente que nombrar",
            hint: "",
            reason: "Sin fuente, no hay nadie a quien nombrar (regla 1).",
        },
        // Corroboration
        ChoiceText {
            label: "Fuentes independientes lo confirman",
            hint: "una segunda fuente con conocimiento propio, o un documento",
            reason: "Dos o más fuentes independientes son mejor que una (regla 6).",
        },
        ChoiceText {
            label: "Otros medios solo repiten la misma información",
            hint: "una repetición, no una confirmación",
            reason: "Repetir no es corroborar: los medios que repiten un mismo origen cuentan como una sola fuente (regla 7).",
        },
        ChoiceText {
            label: "No hay corroboración",
            hint: "",
            reason: "La afirmación descansa en una sola fuente (regla 6).",
        },
        // Reply
        ChoiceText {
            label: "Se recoge su respuesta",
            hint: "\"el ministerio desmintió la información\", \"un portavoz dijo...\"",
            reason: "La parte acusada pudo dar su versión en la misma pieza (regla 8).",
        },
        ChoiceText {
            label: "Se pidió una respuesta",
            hint: "\"declinó hacer comentarios\", \"no respondió a la solicitud\"",
            reason: "Pedir una respuesta es lo que exige la equidad, aunque no llegue (regla 8).",
        },
        ChoiceText {
            label: "Se menciona un desmentido y luego se descarta sin pruebas",
            hint: "\"lo negó, lo cual es una mentira evidente\"",
            reason: "Un desmentido descartado sin pruebas es una señal de alarma, no un punto a favor del artículo (regla 8).",
        },
        ChoiceText {
            label: "No se menciona ninguna respuesta",
            hint: "",
            reason: "La parte acusada no tuvo voz (regla 8).",
        },
        ChoiceText {
            label: "Nadie es acusado",
            hint: "la afirmación no acusa a ninguna persona ni organización",
            reason: "No hay nadie que necesite derecho de réplica (regla 8).",
        },
        // Evidence
        ChoiceText {
            label: "Documentos, imágenes o datos que el medio comprobó",
            hint: "\"del que el medio vio una copia\", \"imágenes verificadas por\"",
            reason: "Las pruebas comprobadas por el medio pesan más que cualquier cita (regla 9).",
        },
        ChoiceText {
            label: "Imágenes o documentos de origen dudoso, fotos de archivo",
            hint: "un pie de foto fechado años antes, \"imagen de redes sociales\"",
            reason: "El material de origen desconocido, o una foto de archivo, no muestra el hecho (regla 9).",
        },
        ChoiceText {
            label: "Ninguna: solo lo que dice la gente",
            hint: "",
            reason: "Sin pruebas, la afirmación vale lo que valen sus fuentes (regla 9).",
        },
    ],

    bands: [
        BandText {
            name: "Bien respaldado",
            meaning: "Con nombres, comprobado y corroborado: la afirmación se puede rastrear y valorar.",
        },
        BandText {
            name: "Respaldado en su mayor parte",
            meaning: "La afirmación tiene fuentes, con lagunas que conviene conocer.",
        },
        BandText {
            name: "Poco respaldado",
            meaning: "Faltan partes importantes de las fuentes: toma la afirmación con cuidado.",
        },
        BandText {
            name: "Sin respaldo",
            meaning: "La afirmación descansa en fuentes que no se pueden comprobar: no está demostrada.",
        },
    ],

    reasons: [
        // Source
        "El artículo cuenta lo que sus propios periodistas vieron o examinaron.",
        "La afirmación viene de {source}, una fuente con nombre.",
        "La afirmación viene de otro medio, {source}, que no da ninguna fuente propia.",
        "La afirmación viene de \"{source}\", difundida por {relay}: sin nombre.",
        "La afirmación viene de \"{source}\": sin nombre.",
        "No se encontró ninguna atribución en el artículo: nadie figura como fuente.",
        // Named
        "{source} tiene nombre y cargo: {relay}.",
        "{source} aparece como organización o medio, sin ninguna persona detrás.",
        "{source} tiene nombre, pero no se indica su cargo ni su función.",
        "\"{source}\" no tiene nombre, pero el artículo dice por qué lo sabe o por qué no se la nombra.",
        "\"{source}\" no tiene nombre y es vaga: ni cargo ni motivo para el anonimato.",
        "No hay ninguna fuente que nombrar.",
        // Corroboration
        "{source} lo confirma, y no depende del mismo origen.",
        "Otros medios o fuentes ({count}, como {source}) cuentan historias parecidas, pero ninguno confirma esta de forma independiente.",
        "La afirmación pasa por {count} medios que repiten el mismo origen: una sola fuente, repetida.",
        "Ninguna otra fuente respalda la afirmación principal.",
        // Reply
        "Se recoge una respuesta de la parte acusada: \"{source}\".",
        "Se pidió una respuesta: \"{source}\".",
        "Se recoge un desmentido (\"{source}\") y luego se descarta: \"{detail}\".",
        "El artículo dice que la parte acusada \"{source}\", pero no recoge ninguna respuesta.",
        "No se encontró ningún desmentido ni respuesta de la parte acusada.",
        "No se encontró ninguna acusación: nadie parece acusado de nada.",
        // Evidence
        "El artículo cita pruebas que se comprobaron: \"{source}\".",
        "La única imagen es una foto de archivo de {detail}, anterior a los hechos: no los muestra.",
        "Hay material de origen dudoso: \"{source}\".",
        "El artículo dice que faltan pruebas: \"{source}\".",
        "No se encontraron documentos, imágenes ni datos.",
    ],
};
