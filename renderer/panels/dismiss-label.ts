import type { Finding } from '../../shared/checks/types';

/** What dismissing a finding means to the writer: 忽略, or for a figure 待更新, 确认沿用 (it is right). */
export function dismissLabel(finding: Pick<Finding, 'rule'>): string {
  return finding.rule === 'placeholder/figure' ? '确认沿用' : '忽略';
}
