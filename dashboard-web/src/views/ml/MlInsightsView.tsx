import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** Forecasts, recommendations and drift; filled by the predictor service. */
export default function MlInsightsView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="predictor service" fills="the access forecasts, the tiering recommendations to approve, and model drift" />
    </ViewFrame>
  );
}
