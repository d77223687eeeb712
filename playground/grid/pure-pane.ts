import { Component } from 'preact';

/**
 * A part of the grid that redraws only when one of its props changed: the cells and headings skip
 * every render the editor, the selection or a popup causes, which is what keeps a keystroke cheap.
 */
export abstract class PurePane<Props extends object> extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props as Record<string, unknown>;
    const then = next as Record<string, unknown>;
    for (const key in then) if (now[key] !== then[key]) return true;
    for (const key in now) if (!(key in then)) return true;
    return false;
  }
}
