/* The flags of watch mode, apart from watch mode itself: reading argv must not load the pipeline. */

/** `--watch`, `--serve` and `--port`, as read from the command line. */
export interface WatchFlags {
  /** Serve the live preview (`--serve`), on this port or a free one. */
  readonly serve: { readonly port: number | undefined; readonly open: boolean } | undefined;
}

/** The flags of watch mode, for `parseArgs`. */
export const watchArgs = {
  watch: { type: 'boolean', short: 'w' },
  serve: { type: 'boolean' },
  port: { type: 'string' },
  open: { type: 'boolean' },
} as const;

/** Read the watch flags; `--serve` implies `--watch`. Returns `undefined` without them, a string for wrong usage. */
export function watchFlags(values: {
  watch?: boolean;
  serve?: boolean;
  port?: string | undefined;
  open?: boolean;
}): WatchFlags | string | undefined {
  if (values.port !== undefined && !values.serve) return '`--port` goes with `--serve`';
  if (values.open && !values.serve) return '`--open` goes with `--serve`';
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) return '`--port` takes a port number (0 to 65535)';
  if (!values.watch && !values.serve) return undefined;
  return { serve: values.serve ? { port, open: values.open === true } : undefined };
}
