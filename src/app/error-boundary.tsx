import { Component, type ReactNode } from 'react';
import { CrashPage } from './crash-page';

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
    return this.state.error === undefined ? this.props.children : <CrashPage error={this.state.error} />;
  }
}
