import { Component, type ReactNode } from 'react';
import { ErrorState } from './States';

/** A page that throws while rendering shows an error the reader can act on, not a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} retry={() => window.location.reload()} />;
    return this.props.children;
  }
}
