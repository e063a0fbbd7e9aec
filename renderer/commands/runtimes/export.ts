import type { CommandRuntime } from '../context';

/** 导出…: the dialog opens with the error-level findings of this moment (it asks before exporting them). */
export default {
  run: ({ workspace, dialogs }) =>
    dialogs.open({ kind: 'export', errors: workspace.analysisRef.current.findings.filter((f) => f.severity === 'error') }),
} satisfies CommandRuntime;
