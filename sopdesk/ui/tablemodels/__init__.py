"""Qt item models over service results (plain dataclasses). No SQL, no dialogs."""
