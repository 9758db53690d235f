"""The 50 languages ACE-Step 1.5 sings in (its VALID_LANGUAGES), by code and by name."""

from __future__ import annotations

NAMES = {
    "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole",
    "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "la": "Latin", "lt": "Lithuanian", "ms": "Malay", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian",
    "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit",
    "sk": "Slovak", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "yue": "Cantonese",
    "zh": "Chinese",
}  # fmt: skip
_ALIASES = {"farsi": "fa", "filipino": "tl", "mandarin": "zh", "nb": "no", "bokmal": "no", "bokmål": "no",
            "haitian": "ht", "creole": "ht", "malaysian": "ms", "chinese (cantonese)": "yue", "fil": "tl",
            "zh-cn": "zh", "zh-tw": "zh", "zh-hk": "yue", "pt-br": "pt", "en-us": "en", "en-gb": "en"}  # fmt: skip


def language_code(value: str) -> str | None:
    """'ja', 'JA', 'Japanese', 'pt-BR' → the code ACE Step knows, or None."""
    v = value.strip().lower()
    if v in NAMES:
        return v
    if v in _ALIASES:
        return _ALIASES[v]
    for code, name in NAMES.items():
        if name.lower() == v:
            return code
    head = v.split("-")[0].split("_")[0]
    return head if head in NAMES else None
