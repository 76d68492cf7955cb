import { useFolio } from '../state/store';
import { ViewerDialog } from './viewer-dialog';
import './viewer.css';

/** The overlay for the open article's images, while one is open. */
export function ImageViewer() {
  const index = useFolio((s) => s.viewerIndex);
  const images = useFolio((s) => s.article?.images);
  if (index === null || !images?.[index]) return null;
  return <ViewerDialog images={images} index={index} />;
}
