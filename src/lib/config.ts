/** The area the dashboard opens on: Southend-on-Sea (ONS E06000033, DfE 882). */
export const DEMO_AREA = 'E06000033';
