import type { ViewProps } from '../../shell/routes';
import { ViewFrame } from '../../ui/states';
import { EventRate } from './EventRate';
import { PlatformHealth } from './PlatformHealth';

/** What the platform is doing now: its health and the live event rate. Later services add their summaries here. */
export default function OverviewView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <PlatformHealth />
      <EventRate />
    </ViewFrame>
  );
}
