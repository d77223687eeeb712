export { App, type AppProps, type Skin } from './app';
