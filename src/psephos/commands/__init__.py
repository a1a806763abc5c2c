"""CLI commands, one module per area; see :data:`psephos.cli.COMMANDS`."""
