/** Events per second as the Overview writes them: at most one decimal. */
export const rate = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
