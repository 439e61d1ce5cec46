import '../../shared/portal.css';

// No favicon request (a 404 in the console otherwise).
export const metadata = { title: 'sp-finance-widgets in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="en-US">
      <body>{children}</body>
    </html>
  );
}
