/**
 * A navigation icon drawn from the lazily loaded nav-icons chunk. Until it arrives (a few milliseconds on
 * the first visit to a page with such a menu) an empty box of the icon's size keeps the label in place.
 */
import { type ComponentType, useEffect, useState } from 'react';

type NavIcons = typeof import('./nav-icons');
export type NavIconName = keyof NavIcons;

let loaded: NavIcons | undefined;
let loading: Promise<NavIcons> | undefined;

function loadNavIcons(): Promise<NavIcons> {
  loading ??= import('./nav-icons').then((icons) => {
    loaded = icons;
    return icons;
  });
  return loading;
}

export function NavIcon({ name }: { name: NavIconName }) {
  const [Icon, setIcon] = useState<ComponentType | undefined>(() => loaded?.[name]);
  useEffect(() => {
    if (Icon) return;
    let live = true;
    void loadNavIcons().then(
      (icons) => live && setIcon(() => icons[name]),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [Icon, name]);
  if (Icon) return <Icon />;
  return <span className="anticon" aria-hidden style={{ width: '1em', height: '1em' }} />;
}
