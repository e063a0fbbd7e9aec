import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'gw-paragraph',
  text: { bold: 'gw-bold', italic: 'gw-italic', underline: 'gw-underline' },
};
