// The `gongwen` command line: the same services as the app, over the same data folder.
// Conventions for every subcommand: --json prints one JSON object on stdout; exit 0 success,
// 1 error-level findings or a refused gate, 2 bad input or usage (Chinese message on stderr).
import { ServiceError } from './errors';
import { defaultDataDir } from './paths';
import { createServices, type Services } from './services';
import { TifaStore } from './checks/tifa-store';
import { inProcessRunner } from './work/work-runner';
import { CliUsageError, EXIT_USAGE, type CliCommand, type CliContext } from './cli/command';
import { check } from './cli/commands/check';
import { compareCommand } from './cli/commands/compare';
import { convert } from './cli/commands/convert';
import { draftsExportJson, draftsList } from './cli/commands/drafts';
import { exportCommand } from './cli/commands/export';
import { rolloverCommand } from './cli/commands/rollover';
import { libraryCommands } from './cli/commands/library';
import { outline } from './cli/commands/outline';
import { newCommand, templatesList } from './cli/commands/templates';

const VERSION = '0.1.0';
export const commands: CliCommand[] = [
  convert,
  check,
  exportCommand,
  compareCommand,
  rolloverCommand,
  outline,
  draftsList,
  draftsExportJson,
  templatesList,
  newCommand,
  ...libraryCommands,
];

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    '公文写作台命令行 gongwen',
    '',
    '用法：gongwen <命令> [选项]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '通用选项：',
    '  --data-dir DIR  数据目录（默认与桌面应用相同，也可用环境变量 GONGWEN_DATA_DIR）',
    '  --json          以一个 JSON 对象输出结果',
    '  -h, --help      显示帮助；gongwen <命令> --help 显示该命令的用法',
    '  --version       显示版本',
    '',
    '退出码：0 成功；1 文档有错误级问题或被拦截；2 输入或用法错误。',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let services: Services | undefined;
  try {
    const args = [...argv];
    let dataDir: string | undefined;
    const dataDirAt = args.indexOf('--data-dir');
    if (dataDirAt >= 0) {
      dataDir = args[dataDirAt + 1];
      if (!dataDir || dataDir.startsWith('-')) throw new CliUsageError('--data-dir 需要一个目录。');
      args.splice(dataDirAt, 2);
    }
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
      io.stdout(helpText());
      return args.length === 0 ? EXIT_USAGE : 0;
    }
    if (args[0] === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = [...commands]
      .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
      .find((c) => c.name.split(' ').every((word, i) => args[i] === word));
    if (!command) {
      const group = commands.filter((c) => c.name.startsWith(`${args[0]} `));
      if (group.length) throw new CliUsageError(`请指定子命令：${group.map((c) => c.name).join('、')}`);
      throw new CliUsageError(`未知的命令：${args[0]}。运行 gongwen --help 查看可用命令。`);
    }
    const rest = args.slice(command.name.split(' ').length);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.summary}\n\n用法：${command.usage}\n`);
      return 0;
    }
    const ctx: CliContext = {
      stdout: io.stdout,
      stderr: io.stderr,
      services: () => (services ??= createServices(dataDir ?? defaultDataDir(), { work: inProcessRunner })),
      tifa: () => {
        // Services own the store when they are open; otherwise tifa.json is read alone (check and
        // export of a file open no database).
        const store = services?.tifa ?? new TifaStore(dataDir ?? defaultDataDir());
        return { table: store.table(), problems: store.readUser().problems };
      },
    };
    const code = await command.run(rest, ctx);
    for (const notice of (services as Services | undefined)?.startupNotices ?? []) io.stderr(`注意：${notice.message}\n`);
    return code;
  } catch (err) {
    if (err instanceof CliUsageError || err instanceof ServiceError) {
      io.stderr(`gongwen：${err.message}\n`);
      return EXIT_USAGE;
    }
    // Never a stack trace for the user; GONGWEN_DEBUG=1 shows it for a bug report.
    const detail = err instanceof Error ? (process.env['GONGWEN_DEBUG'] ? (err.stack ?? err.message) : err.message) : String(err);
    io.stderr(`gongwen：内部错误：${detail}（设置环境变量 GONGWEN_DEBUG=1 可显示详细信息）\n`);
    return EXIT_USAGE;
  } finally {
    services?.close();
  }
}
