import { lazy, Suspense } from 'react';
import { ModalDialog } from '../common/modal-dialog';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import './viewer.css';

const ZoomStage = lazy(() => import('./zoom-stage'));

/** The overlay for an article's images: zoom (wheel, +/−), pan (drag), ←/→ between images, Esc closes. */
export function ImageViewer() {
  const { t } = useI18n();
  const index = useFolio((s) => s.viewerIndex);
  const images = useFolio((s) => s.article?.images);
  const stepViewer = useFolio((s) => s.stepViewer);
  const closeViewer = useFolio((s) => s.closeViewer);
  if (index === null || !images?.[index]) return null;
  return (
    <ModalDialog label={t('viewerLabel')} className="image-viewer" onClose={closeViewer}>
      <Suspense fallback={null}>
        <ZoomStage images={images} index={index} onStep={stepViewer} onClose={closeViewer} />
      </Suspense>
    </ModalDialog>
  );
}
