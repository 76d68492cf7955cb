import { Component } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

function CrashScreen({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <main className="status-screen">
      <div role="alert">
        <p>{t('crashed')}</p>
        <p className="crash-message">{message}</p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      </div>
    </main>
  );
}

/** A bug in one render must leave a message and a way back, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <CrashScreen message={this.state.error.message} /> : this.props.children;
  }
}
