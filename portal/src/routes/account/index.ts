/** The account pages, one chunk: a person who opens one often opens the next. */
export { SignInPage } from './SignInPage';
export { SignUpPage } from './SignUpPage';
export { AccountPage } from './AccountPage';
export { AccountDeletedPage } from './AccountDeletedPage';
export { TokenLandingPage } from './TokenLandingPage';
export { ForgotPasswordPage, ResetPasswordPage } from './PasswordPages';
export { AcceptInvitationPage } from './AcceptInvitationPage';
