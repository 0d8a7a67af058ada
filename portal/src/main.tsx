import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { client } from './apollo/client';
import { Routes } from './router';
import { Layout } from './ui/Layout';
import { ErrorBoundary } from './ui/ErrorBoundary';
import '@fontsource-variable/inter/wght.css';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Layout>
        <ErrorBoundary>
          <Routes />
        </ErrorBoundary>
      </Layout>
    </ApolloProvider>
  </StrictMode>,
);
