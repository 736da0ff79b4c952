// Pure presentation logic of the Kustomer conversation viewer: no LWC imports, unit- and property-tested.
export * from './contract';
