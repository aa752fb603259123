"""The dashboard server's kernel manager: Voila's warmed pool, made safe to hand kernels over.

Voila keeps the idle culler off kernels while they wait in its pool, but a kernel keeps the idle
time it gathered there. One that waited longer than `cull_idle_timeout` can be culled in the
second between its page being sent and the reader's browser connecting to it, and that page
then hangs. voila.json names this class; Voila builds its pool class on top of it, and the hook
below counts each hand-over as activity, so a handed-over kernel gets the full timeout.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager


class HandoverSafeKernelManager(AsyncMappingKernelManager):
    """AsyncMappingKernelManager whose pooled kernels count as active when handed over."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        hand_over = cls.__dict__.get("get_rendered_notebook")
        if hand_over is not None:  # Voila's pool class: wrap the method that hands kernels over
            cls.get_rendered_notebook = _touching_handed_over_kernel(hand_over)

    def touch(self, kernel_id: str) -> None:
        """Restart a kernel's idle clock."""
        kernel = self._kernels.get(kernel_id)
        if kernel is not None:
            kernel.last_activity = datetime.now(UTC)  # as jupyter_server stamps it


def _touching_handed_over_kernel(hand_over):
    @functools.wraps(hand_over)
    async def get_rendered_notebook(self, *args, **kwargs):
        handed = await hand_over(self, *args, **kwargs)
        self.touch(handed[-1])  # Voila returns (render task, rendered cells, kernel id)
        return handed

    return get_rendered_notebook
