import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, FORMAT_TEXT_COMMAND } from 'lexical';
import { notify } from '../../../components/notify';

export const NO_CHARACTER_FORMATS_MESSAGE =
  '公文正文不使用加粗、倾斜和下划线：GB/T 9704 按要素规定字体（标题小标宋、一级标题黑体、二级标题楷体、正文仿宋），文字未作改动。';

/**
 * Ctrl+B / Ctrl+I / Ctrl+U (and any other character format) do nothing in a 公文 and say why: the
 * standard fixes the typeface of every element, the Word export writes no character formats, and a
 * bold run in the editor would only mislead. Every path to a format (keys, the browser's
 * formatBold input events) arrives as FORMAT_TEXT_COMMAND, which this plugin takes first.
 */
export function FormatGuardPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        FORMAT_TEXT_COMMAND,
        () => {
          notify(NO_CHARACTER_FORMATS_MESSAGE);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );

  return null;
}
