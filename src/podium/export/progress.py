"""How an export tells its caller how far it is, without drawing anything itself: the CLI draws a Rich
progress bar from it (on a terminal only), a test or a script passes nothing."""
from collections.abc import Callable

Advance = Callable[[int], None]  # called with the number of steps just done
# Told of each stage (its description and its number of steps); returns its Advance.
OnStage = Callable[[str, int], Advance]


def quiet(description: str, total: int) -> Advance:
    """The OnStage of a caller that shows nothing."""
    return lambda steps: None
