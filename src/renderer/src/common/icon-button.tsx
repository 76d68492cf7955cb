import type { MouseEventHandler } from 'react';
import { Icon } from './icons';
import type { IconName } from './icons';

interface IconButtonProps {
  /** Both the accessible name and the tooltip: an icon alone says nothing to a screen reader. */
  label: string;
  icon: IconName;
  onClick(): void;
  small?: boolean;
  disabled?: boolean;
  onMouseDown?: MouseEventHandler<HTMLButtonElement>;
}

/** A button that shows only an icon. */
export function IconButton({ label, icon, onClick, small = false, disabled, onMouseDown }: IconButtonProps) {
  return (
    <button
      type="button"
      className={small ? 'icon-button small' : 'icon-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onMouseDown={onMouseDown}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
