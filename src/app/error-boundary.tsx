import { Component, type ReactNode } from 'react';
import { LazyCrashPage } from './lazy-error-pages';

interface State {
  error?: unknown;
}

/** Last line of defence outside the router: a readable page instead of a blank one. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <LazyCrashPage error={this.state.error} />;
  }
}
