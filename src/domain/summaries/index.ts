export * from './document';
export * from './schemas';
export * from './uppstartsmote';
export * from './genomforandeplan';
export * from './underlagForUppfoljning';
export * from './stodnivaandring';
export * from './uppfoljningsmote';
