import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** The access events and their classifications as they stream in; filled by the classifier service. */
export default function StreamingView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="classifier service" fills="the access events and classifications as they stream in" />
    </ViewFrame>
  );
}
