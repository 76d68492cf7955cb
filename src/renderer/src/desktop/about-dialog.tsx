import { useEffect, useState } from 'react';
import type { AboutInfo } from '../../../shared/desktop';
import { ModalDialog } from '../common/modal-dialog';
import { useI18n } from '../i18n/use-i18n';
import { folio } from '../state/folio-client';
import { useFolio } from '../state/store';
import './desktop.css';

/** Help › About Folio: the version, the runtime, and every shipped library with its licence text. */
export function AboutDialog() {
  const { t } = useI18n();
  const open = useFolio((s) => s.aboutOpen);
  const setOpen = useFolio((s) => s.setAboutOpen);
  const reportError = useFolio((s) => s.reportError);
  const [about, setAbout] = useState<AboutInfo | null>(null);

  useEffect(() => {
    if (open && !about) folio.getAbout({}).then(setAbout, reportError);
  }, [open, about, reportError]);

  if (!open) return null;
  return (
    <ModalDialog label={t('aboutTitle')} className="about-dialog" onClose={() => setOpen(false)}>
      <h2>{t('aboutTitle')}</h2>
      {about && (
        <>
          <p className="about-version">
            {t('aboutVersion', { version: about.version })}
            {Object.entries(about.runtime).map(([name, version]) => (
              <span key={name} className="about-runtime">
                {name} {version}
              </span>
            ))}
          </p>
          <p>{t('aboutPromise')}</p>
          <h3>{t('aboutLicences', { count: about.licences.length })}</h3>
          {about.licences.length === 0 ? (
            <p className="setting-note">{t('aboutNoLicences')}</p>
          ) : (
            <ul className="licence-list">
              {about.licences.map((entry) => (
                <li key={`${entry.name}@${entry.version}`}>
                  <details>
                    <summary>
                      <span className="licence-name">{entry.name}</span> <span className="licence-version">{entry.version}</span>{' '}
                      <span className="licence-id">{entry.licence}</span>
                    </summary>
                    <pre>{entry.text || t('aboutNoLicenceText')}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </ModalDialog>
  );
}
